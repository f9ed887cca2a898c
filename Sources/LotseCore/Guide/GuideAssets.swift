/// The guide's stylesheet and search script, shipped with every edition: no fonts,
/// libraries or anything else from elsewhere, so that an edition works from a USB stick.
enum GuideAssets {
    /// For the screen (a phone too) and for print: an A4 booklet whose table of contents
    /// and chapters each start a page, with page numbers at the foot.
    static let style = """
        :root {
          --text: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --line: #c8c8c8;
          --link: #0b4f8a; --accent: #7a3e00; --mark: #fff1a8;
          color-scheme: light;
        }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body {
          margin: 0 auto; padding: 0 1rem 3rem; max-width: 48rem;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          line-height: 1.55; color: var(--text); background: var(--paper);
        }
        a { color: var(--link); }
        a:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .springen { position: absolute; left: -999rem; }
        .springen:focus { position: static; display: inline-block; margin: .5rem 0; }
        .kopf { padding: 1.5rem 0 1rem; border-bottom: 2px solid var(--text); }
        .logo { margin: 0; font-weight: 600; letter-spacing: .02em; color: var(--muted); }
        h1 { font-size: 2rem; line-height: 1.2; margin: .4rem 0; }
        h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 1rem; }
        h3 { font-size: 1.15rem; line-height: 1.3; margin: 0 0 .5rem; }
        .ausgabe, .stand, .treffer { color: var(--muted); }
        .suche { margin: 1.5rem 0; }
        .suche label { display: block; font-weight: 600; margin-bottom: .3rem; }
        .suche input {
          width: 100%; font: inherit; font-size: 1.1rem; padding: .6rem .7rem;
          border: 2px solid var(--muted); border-radius: .3rem; color: var(--text); background: var(--paper);
        }
        .inhalt ul { list-style: none; padding-left: 0; }
        .inhalt li { margin: .2rem 0; }
        .antwort { border-top: 1px solid var(--line); padding: 1.2rem 0; }
        .fall { font-style: italic; }
        .quellen-titel { margin: .8rem 0 .2rem; font-weight: 600; }
        .quellen { margin: 0; padding-left: 1.2rem; overflow-wrap: anywhere; }
        .stand { font-size: .95rem; margin: .6rem 0 0; }
        .kommune { border-top: 1px solid var(--line); padding: 1rem 0; }
        .personen { list-style: none; padding: 0; margin: 0; }
        .personen li { margin: 0 0 .8rem; }
        .leer { font-style: italic; }
        .fuss { margin-top: 3rem; padding-top: 1rem; border-top: 2px solid var(--text); font-size: .95rem; color: var(--muted); }
        [hidden] { display: none !important; }

        @media print {
          @page {
            size: A4; margin: 20mm 18mm 22mm;
            @bottom-center { content: counter(page); font-size: 9pt; color: #444; }
          }
          body { max-width: none; padding: 0; font-size: 11pt; line-height: 1.45; }
          .suche, .springen, script { display: none !important; }
          .kopf { padding-top: 25mm; border-bottom: none; }
          h1 { font-size: 26pt; }
          .inhalt a { color: var(--text); text-decoration: none; }
          .kapitel { break-before: page; }
          .kapitel > h2, .neu > h2 { margin-top: 0; }
          .antwort, .kommune { break-inside: avoid-page; }
          h2, h3 { break-after: avoid-page; }
          a { color: var(--text); }
          .quellen a::after { content: none; }
          [hidden] { display: block !important; }
          .suche[hidden] { display: none !important; }
        }
        """

    /// The search: every word typed must occur, folded as the dashboard folds text (case,
    /// accents and umlauts, ß as ss, parts of words), and "ae", "oe", "ue" typed for an
    /// umlaut find it too. Each answer carries its text folded already (`data-suche`).
    static let script = """
        (function () {
          "use strict";
          var area = document.getElementById("suche-bereich");
          var input = document.getElementById("suche");
          var status = document.getElementById("treffer");
          if (!area || !input || !status) { return; }
          area.hidden = false;
          var items = Array.prototype.slice.call(document.querySelectorAll("[data-suche]"));
          var sections = Array.prototype.slice.call(document.querySelectorAll("main > section, main > p.leer"));

          function fold(text) {
            return text.toLowerCase()
              .replace(/\\u00df/g, "ss").replace(/\\u00e6/g, "ae").replace(/\\u00f8/g, "o").replace(/\\u0142/g, "l")
              .normalize("NFD").replace(/[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]/g, "");
          }

          function variants(word) {
            var plain = word.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
            return plain === word ? [word] : [word, plain];
          }

          function matches(words, text) {
            return words.every(function (forms) {
              return forms.some(function (form) { return text.indexOf(form) !== -1; });
            });
          }

          function search() {
            var words = fold(input.value).split(/\\s+/).filter(function (w) { return w.length > 0; }).map(variants);
            var answers = 0;
            var contacts = 0;
            items.forEach(function (item) {
              var hit = words.length === 0 || matches(words, item.getAttribute("data-suche"));
              item.hidden = !hit;
              if (hit && item.tagName === "ARTICLE") { answers += 1; }
              if (hit && item.tagName !== "ARTICLE") { contacts += 1; }
            });
            sections.forEach(function (section) {
              if (words.length === 0) { section.hidden = false; return; }
              var inside = section.querySelectorAll("[data-suche]");
              var shown = false;
              for (var i = 0; i < inside.length; i += 1) { if (!inside[i].hidden) { shown = true; } }
              section.hidden = !shown;
            });
            if (words.length === 0) {
              status.textContent = "";
            } else if (answers === 0 && contacts === 0) {
              status.textContent = "Keine Antwort gefunden. Andere Wörter versuchen, oder die Ansprechperson Ihrer Kommune fragen.";
            } else {
              status.textContent = (answers === 1 ? "1 Antwort" : answers + " Antworten") + " gefunden"
                + (contacts > 0 ? ", " + (contacts === 1 ? "1 Kommune" : contacts + " Kommunen") + " bei den Ansprechpersonen" : "") + ".";
            }
          }

          input.addEventListener("input", search);
          input.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { input.value = ""; search(); }
          });
          var asked = new URLSearchParams(window.location.search).get("q");
          if (asked) { input.value = asked; }
          search();
        }());
        """
}
