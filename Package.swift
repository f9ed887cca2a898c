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
        // SQLite for the index beside the files (README: "Why GRDB").
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // AES-GCM, HKDF and HMAC for the personal values in the shared history (docs/privacy.md).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0" ..< "5.0.0"),
    ],
    targets: [
        // Wide-character ncurses. No pkgConfig on purpose: SwiftPM would drop the
        // _XOPEN_SOURCE defines and the wide-char API would vanish (docs/terminal.md).
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "LotseStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift"),
                                                   .product(name: "GRDBSQLite", package: "GRDB.swift"),
                                                   .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "LotseCore", dependencies: ["LotseStore"]),
        .target(name: "LotseUI", dependencies: ["LotseCore", "LotseStore"]),
        .target(name: "LotseTerminal", dependencies: ["CNcurses", "LotseCore", "LotseUI"]),
        // The run loop and the writers: everything the dashboard does between the terminal
        // and the store, behind their protocols, so that it is tested without either.
        .target(name: "LotseApp", dependencies: ["LotseStore", "LotseCore", "LotseUI"]),
        .executableTarget(
            name: "lotse",
            dependencies: [
                "LotseStore", "LotseCore", "LotseUI", "LotseTerminal", "LotseApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Timings of the hot paths at stated sizes: `swift run -c release lotse-bench`.
        .executableTarget(name: "lotse-bench", dependencies: ["LotseStore", "LotseCore", "LotseUI"]),
        .testTarget(name: "LotseStoreTests", dependencies: ["LotseStore", .product(name: "GRDB", package: "GRDB.swift"),
                                                          .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "LotseCoreTests", dependencies: ["LotseCore", "LotseStore"], exclude: ["Golden"]),
        .testTarget(name: "LotseUITests", dependencies: ["LotseUI", "LotseCore", "LotseStore"], exclude: ["Golden"]),
        .testTarget(name: "LotseAppTests", dependencies: ["LotseApp", "LotseUI", "LotseCore", "LotseStore"]),
        .testTarget(name: "LotseEndToEndTests", dependencies: ["lotse", "lotse-bench"]),
    ],
    swiftLanguageModes: [.v6]
)
