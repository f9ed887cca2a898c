// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lotse",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lotse", targets: ["lotse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Wide-character ncurses. No pkgConfig on purpose: SwiftPM would drop the
        // _XOPEN_SOURCE defines and the wide-char API would vanish (TERMINAL-NOTES.md).
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "LotseStore"),
        .target(name: "LotseCore", dependencies: ["LotseStore"]),
        .target(name: "LotseUI", dependencies: ["LotseCore"]),
        .target(name: "LotseTerminal", dependencies: ["CNcurses", "LotseUI"]),
        .executableTarget(
            name: "lotse",
            dependencies: [
                "LotseStore", "LotseCore", "LotseUI", "LotseTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Timings of the hot paths at stated sizes: `swift run -c release lotse-bench`.
        .executableTarget(name: "lotse-bench", dependencies: ["LotseStore", "LotseCore", "LotseUI"]),
        .testTarget(name: "LotseStoreTests", dependencies: ["LotseStore"]),
        .testTarget(name: "LotseCoreTests", dependencies: ["LotseCore"], exclude: ["Golden"]),
        .testTarget(name: "LotseUITests", dependencies: ["LotseUI"], exclude: ["Golden"]),
        .testTarget(name: "LotseEndToEndTests", dependencies: ["lotse"]),
    ],
    swiftLanguageModes: [.v6]
)
