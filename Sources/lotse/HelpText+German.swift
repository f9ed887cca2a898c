extension HelpText {
    /// The German of every text in the commands' help, by its English: a test reads every
    /// command's German help, so that a new English text without its German shows.
    static let table: [String: String] = [
        #"Print the man page (lotse.1), made from the command definitions."#:
            #"Die Man-Page (lotse.1) ausgeben, gemacht aus den Befehlsdefinitionen."#,
        #"--recheck-months alone sets how long a released answer holds in every category; with --category, in that one only (asylum rules change faster than swimming courses)."#:
            #"--recheck-months allein legt fest, wie lange eine freigegebene Antwort in jeder Kategorie gilt; mit --category nur in dieser (Regeln zum Asyl ändern sich schneller als Schwimmkurse)."#,
        #"A commune is named by its slug or its name ("moehnesee", "Möhnesee")."#:
            #"Eine Kommune wird mit ihrem Kürzel oder ihrem Namen angegeben („moehnesee“, „Möhnesee“)."#,
        #"A commune that raised it (slug or name); repeat for several."#:
            #"Eine Kommune, aus der die Frage kommt (Kürzel oder Name); für mehrere wiederholen."#,
        #"A commune's own edition (slug or name): its contacts first, the answers that concern it, then the rest."#:
            #"Die eigene Ausgabe einer Kommune (Kürzel oder Name): zuerst ihre Ansprechpersonen, dann die Antworten, die sie betreffen, dann die übrigen."#,
        #"A held-back question or meeting (id or unique prefix) whose text is fine to share: a false alarm. Repeat for several."#:
            #"Eine zurückgehaltene Frage oder Sitzung (ID oder eindeutiger Anfang), deren Text unbedenklich ist: ein Fehlalarm. Für mehrere wiederholen."#,
        #"A keyboard-driven dashboard for a network of volunteer coordinators in refugee aid."#:
            #"Ein Dashboard für die Tastatur, für ein Netzwerk der Ehrenamtskoordination in der Flüchtlingshilfe."#,
        #"A line of text in the place of a logo, such as the integration centre's name."#:
            #"Eine Textzeile anstelle eines Logos, etwa der Name des Integrationszentrums."#,
        #"A question to discuss under it (id or unique prefix); repeat for several."#:
            #"Eine Frage, die unter diesem TOP besprochen wird (ID oder eindeutiger Anfang); für mehrere wiederholen."#,
        #"A question's or meeting's id (or a unique prefix), or a commune's slug."#:
            #"Die ID einer Frage oder Sitzung (oder ein eindeutiger Anfang) oder das Kürzel einer Kommune."#,
        #"A released question (id or unique prefix) whose flagged text is fine to publish: a false alarm. Repeat for several."#:
            #"Eine freigegebene Frage (ID oder eindeutiger Anfang), deren markierter Text veröffentlicht werden darf: ein Fehlalarm. Für mehrere wiederholen."#,
        #"A source; repeat for several."#:
            #"Eine Quelle; für mehrere wiederholen."#,
        #"A tag; repeat for several, or separate them with commas (as in the dashboard's form)."#:
            #"Ein Schlagwort; für mehrere wiederholen oder mit Kommas trennen (wie im Formular des Dashboards)."#,
        #"Add a category at the end of the list."#:
            #"Eine Kategorie am Ende der Liste hinzufügen."#,
        #"Add a commune; prints its slug."#:
            #"Eine Kommune hinzufügen; gibt ihr Kürzel aus."#,
        #"Add a coordinator to a commune."#:
            #"Einer Kommune eine Koordination hinzufügen."#,
        #"Add an agenda item (TOP), before a closing Verschiedenes if there is one."#:
            #"Einen Tagesordnungspunkt (TOP) hinzufügen, vor einem abschließenden „Verschiedenes“, falls es einen gibt."#,
        #"Add an outcome to a TOP; prints its id."#:
            #"Einem TOP ein Ergebnis hinzufügen; gibt seine ID aus."#,
        #"Add or remove a commune's coordinators."#:
            #"Koordinationen einer Kommune hinzufügen oder entfernen."#,
        #"Add, correct or remove an outcome (info, decision, measure, internal note)."#:
            #"Ein Ergebnis hinzufügen, berichtigen oder entfernen (Info, Beschluss, Maßnahme, interne Notiz)."#,
        #"Also list the answers whose "prüfen bis" day comes within this many days."#:
            #"Auch die Antworten auflisten, deren „prüfen bis“ in so vielen Tagen kommt."#,
        #"An invited commune (slug or name); repeat for several. Default: all."#:
            #"Eine eingeladene Kommune (Kürzel oder Name); für mehrere wiederholen. Ohne Angabe: alle."#,
        #"Answer a question; it becomes answered."#:
            #"Eine Frage beantworten; sie wird „beantwortet“."#,
        #"Apply the retention policy: delete or pseudonymise what is due, in one step, also in the shared history."#:
            #"Die Aufbewahrungsregel anwenden: löschen oder pseudonymisieren, was fällig ist, in einem Schritt, auch im geteilten Verlauf."#,
        #"Apply what is due on this day (DD.MM.YYYY or YYYY-MM-DD) instead of today."#:
            #"Anwenden, was an diesem Tag (TT.MM.JJJJ oder JJJJ-MM-TT) statt heute fällig ist."#,
        #"Approve a meeting's minutes: from Entwurf to freigegeben."#:
            #"Das Protokoll einer Sitzung freigeben: von „Entwurf“ zu „freigegeben“."#,
        #"As for the dashboard: the colour theme."#:
            #"Wie im Dashboard: das Farbschema."#,
        #"As for the dashboard: who logs and answers."#:
            #"Wie im Dashboard: wer erfasst und antwortet."#,
        #"Bring an archived commune back into lists, pickers and invitations."#:
            #"Eine archivierte Kommune zurück in Listen, Auswahlen und Einladungen holen."#,
        #"Change a commune's name, kind or notes."#:
            #"Name, Art oder Notizen einer Kommune ändern."#,
        #"Clone a network's shared store into a new folder and set it up for sync."#:
            #"Den geteilten Store eines Netzwerks in einen neuen Ordner klonen und für den Sync einrichten."#,
        #"Colour theme: default, light, mono, projector, colorblind, a theme of your own in ~/.config/lotse/themes, or a path to a .theme file."#:
            #"Farbschema: default, light, mono, projector, colorblind, ein eigenes in ~/.config/lotse/themes oder der Pfad einer .theme-Datei."#,
        #"Commit, fetch, merge and push; print what happened (the default)."#:
            #"Committen, holen, zusammenführen und senden; ausgeben, was geschah (der Standard)."#,
        #"Correct an outcome, found by its id."#:
            #"Ein Ergebnis berichtigen, gefunden über seine ID."#,
        #"Create a new store in an empty or new folder."#:
            #"Einen neuen Store in einem leeren oder neuen Ordner anlegen."#,
        #"E-mail."#:
            #"E-Mail."#,
        #"End a meeting: its timer stops and its minutes can be approved."#:
            #"Eine Sitzung beenden: ihre Zeit hält an, und ihr Protokoll kann freigegeben werden."#,
        #"Every git command, also the local ones that went well."#:
            #"Jeder git-Befehl, auch die lokalen, die gelangen."#,
        #"Every upcoming meeting (today or later, not finished) in one calendar."#:
            #"Jede kommende Sitzung (ab heute, nicht beendet) in einem Kalender."#,
        #"Exits 0 when nothing is found, 1 when something is, naming each place. Run it on every machine and on the remote's folder."#:
            #"Endet mit 0, wenn nichts gefunden wird, mit 1, wenn etwas gefunden wird, und nennt jede Stelle. Auf jedem Rechner und im Ordner des Remotes ausführen."#,
        #"Exits with 0 when every file is fine, 1 when any file has a problem, 2 when the store cannot be opened. Nothing is changed in the store. A question file that has not changed since the index beside the store last read it (same size, times and inode) was checked then and is not read again; --full reads and checks every file."#:
            #"Endet mit 0, wenn jede Datei in Ordnung ist, mit 1, wenn eine Datei ein Problem hat, mit 2, wenn sich der Store nicht öffnen lässt. Am Store wird nichts geändert. Eine Fragedatei, die sich nicht geändert hat, seit der Index neben dem Store sie zuletzt las (gleiche Größe, Zeiten und Inode), wurde damals geprüft und wird nicht noch einmal gelesen; --full liest und prüft jede Datei."#,
        #"Fill the store with the example network of Kreis Soest."#:
            #"Den Store mit dem Beispielnetzwerk des Kreises Soest füllen."#,
        #"For a decision: the question it answers (id or unique prefix)."#:
            #"Für einen Beschluss: die Frage, die er beantwortet (ID oder eindeutiger Anfang)."#,
        #"For a measure: by when (DD.MM.YYYY)."#:
            #"Für eine Maßnahme: bis wann (TT.MM.JJJJ)."#,
        #"For a measure: by when (DD.MM.YYYY; empty: no date)."#:
            #"Für eine Maßnahme: bis wann (TT.MM.JJJJ; leer: ohne Datum)."#,
        #"For a measure: who does it (a commune or a role)."#:
            #"Für eine Maßnahme: wer sie übernimmt (eine Kommune oder eine Rolle)."#,
        #"For a measure: who does it."#:
            #"Für eine Maßnahme: wer sie übernimmt."#,
        #"Free notes."#:
            #"Freie Notizen."#,
        #"Git's merge driver for store files (used by git, not by people)."#:
            #"Der Merge-Treiber von git für Store-Dateien (für git, nicht für Menschen)."#,
        #"Hide a commune from lists and pickers; its records keep it."#:
            #"Eine Kommune in Listen und Auswahlen ausblenden; ihre Datensätze behalten sie."#,
        #"How many syncs to show."#:
            #"Wie viele Syncs gezeigt werden."#,
        #"Ids can be given by any unique prefix. Communes can be named by slug or name ("moehnesee", "Möhnesee", "mohnesee"). A wrong value is reported with the valid ones, and then nothing is written."#:
            #"IDs können mit jedem eindeutigen Anfang angegeben werden. Kommunen mit Kürzel oder Namen („moehnesee“, „Möhnesee“, „mohnesee“). Ein falscher Wert wird mit den gültigen gemeldet, und dann wird nichts geschrieben."#,
        #"Include the internal notes of each item."#:
            #"Die internen Notizen jedes TOPs aufnehmen."#,
        #"Its id (default: made from the name, "Möhnesee" → moehnesee)."#:
            #"Ihr Kürzel (Standard: aus dem Namen, „Möhnesee“ → moehnesee)."#,
        #"Its name, as it is written."#:
            #"Ihr Name, wie er geschrieben wird."#,
        #"Its name."#:
            #"Ihr Name."#,
        #"Its new name."#:
            #"Ihr neuer Name."#,
        #"Language of the interface: de or en (default: from LANG)."#:
            #"Sprache der Oberfläche: de oder en (Standard: aus LANG)."#,
        #"List questions, newest first."#:
            #"Fragen auflisten, die neuesten zuerst."#,
        #"List the communes by name."#:
            #"Die Kommunen nach Namen auflisten."#,
        #"List the measures: open ones by default, the most urgent first."#:
            #"Die Maßnahmen auflisten: ohne Angabe die offenen, die dringendsten zuerst."#,
        #"List the meetings, earliest first."#:
            #"Die Sitzungen auflisten, die früheste zuerst."#,
        #"List the released answers due for review: edited since their release, or past their "prüfen bis" day."#:
            #"Die freigegebenen Antworten auflisten, die zu prüfen sind: seit der Freigabe geändert oder über ihr „prüfen bis“ hinaus."#,
        #"List, add, edit, archive and remove communes and their coordinators."#:
            #"Kommunen und ihre Koordinationen auflisten, hinzufügen, bearbeiten, archivieren und entfernen."#,
        #"List, add, rename and remove the categories of questions."#:
            #"Die Kategorien der Fragen auflisten, hinzufügen, umbenennen und entfernen."#,
        #"List, log, show, answer, move along, merge and release questions."#:
            #"Fragen auflisten, erfassen, zeigen, beantworten, weiterbringen, zusammenführen und freigeben."#,
        #"List, show, plan and record meetings; outcomes, attendance, end, approval; the invitation, minutes and calendar file."#:
            #"Sitzungen auflisten, zeigen, planen und festhalten; Ergebnisse, Anwesenheit, Ende, Freigabe; Einladung, Protokoll und Kalenderdatei."#,
        #"Log a new question; prints its id."#:
            #"Eine neue Frage erfassen; gibt ihre ID aus."#,
        #"Look as on this day (DD.MM.YYYY or YYYY-MM-DD) instead of today."#:
            #"So schauen wie an diesem Tag (TT.MM.JJJJ oder JJJJ-MM-TT) statt heute."#,
        #"Look for what is due on this day (DD.MM.YYYY or YYYY-MM-DD) instead of today."#:
            #"Nach dem suchen, was an diesem Tag (TT.MM.JJJJ oder JJJJ-MM-TT) statt heute fällig ist."#,
        #"Made for a cron mail: when nothing is due and the output is not a terminal, it prints nothing. Exits 0 either way."#:
            #"Für eine Mail per cron: Ist nichts fällig und die Ausgabe kein Terminal, gibt es nichts aus. Endet in beiden Fällen mit 0."#,
        #"Make the store a git repository with a shared remote, and send it there."#:
            #"Den Store zu einem git-Repository mit geteiltem Remote machen und ihn dorthin senden."#,
        #"Mark a measure done."#:
            #"Eine Maßnahme als erledigt markieren."#,
        #"Mark a measure dropped (verworfen)."#:
            #"Eine Maßnahme als verworfen markieren."#,
        #"Merge a commune into another (a municipal merger): every record that names it names the other."#:
            #"Eine Kommune mit einer anderen zusammenführen (eine Gemeindefusion): jeder Datensatz, der sie nennt, nennt dann die andere."#,
        #"Merge a duplicate into another question: the target gains its communes."#:
            #"Ein Duplikat in eine andere Frage zusammenführen: das Ziel erhält seine Kommunen."#,
        #"Months a released answer holds before it is due for review."#:
            #"Monate, die eine freigegebene Antwort gilt, bevor sie zu prüfen ist."#,
        #"Months after a meeting until the names of those present are removed."#:
            #"Monate nach einer Sitzung, bis die Namen der Anwesenden entfernt werden."#,
        #"Months after a question is closed until the names in it are replaced by the commune's role."#:
            #"Monate nach dem Schließen einer Frage, bis ihre Namen durch die Rolle der Kommune ersetzt werden."#,
        #"More detail, without personal data."#:
            #"Mehr dazu, ohne personenbezogene Daten."#,
        #"Move a question to another status."#:
            #"Eine Frage in einen anderen Status bringen."#,
        #"Only how each sync ended, without its git commands."#:
            #"Nur, wie jeder Sync endete, ohne seine git-Befehle."#,
        #"Only questions of this category."#:
            #"Nur Fragen dieser Kategorie."#,
        #"Only questions of this commune (slug or name)."#:
            #"Nur Fragen dieser Kommune (Kürzel oder Name)."#,
        #"Only questions whose text contains every word of this."#:
            #"Nur Fragen, deren Text jedes dieser Wörter enthält."#,
        #"Only questions with this status (open, clarifying, answered, closed, merged; or offen, in Klärung, …)."#:
            #"Nur Fragen mit diesem Status (open, clarifying, answered, closed, merged; oder offen, in Klärung, …)."#,
        #"Only questions with this tag."#:
            #"Nur Fragen mit diesem Schlagwort."#,
        #"Only show what would be done; change nothing."#:
            #"Nur zeigen, was getan würde; nichts ändern."#,
        #"Only the measures of this owner (a commune or a person; part of the name is enough)."#:
            #"Nur die Maßnahmen dieser Zuständigkeit (eine Kommune oder eine Person; ein Teil des Namens genügt)."#,
        #"Open a done or dropped measure again."#:
            #"Eine erledigte oder verworfene Maßnahme wieder öffnen."#,
        #"Open the dashboard (the default when no subcommand is given)."#:
            #"Das Dashboard öffnen (der Standard, wenn kein Befehl angegeben ist)."#,
        #"Output format: table (readable text) or json."#:
            #"Ausgabeformat: table (lesbarer Text) oder json."#,
        #"Output format: table, json or csv."#:
            #"Ausgabeformat: table, json oder csv."#,
        #"Output format: table, json, csv (RFC 4180, the store's values) or csv-excel (for spreadsheets: semicolons, headers and values in the run's language, local times)."#:
            #"Ausgabeformat: table, json, csv (RFC 4180, die Werte des Stores) oder csv-excel (für Tabellenkalkulationen: Semikolons, Überschriften und Werte in der Sprache des Aufrufs, Ortszeiten)."#,
        #"Personal data by kind, what is due for deletion or pseudonymisation and when, and flagged texts."#:
            #"Personenbezogene Daten nach Art, was wann zur Löschung oder Pseudonymisierung fällig ist, und markierte Texte."#,
        #"Phone."#:
            #"Telefon."#,
        #"Plan a new meeting; prints its id."#:
            #"Eine neue Sitzung planen; gibt ihre ID aus."#,
        #"Planned minutes, 1 to 600."#:
            #"Geplante Minuten, 1 bis 600."#,
        #"Prove it is gone: search the store's files, every git object (reachable or not), the index, drafts and the sync log for personal data that is due."#:
            #"Nachweisen, dass es weg ist: die Dateien des Stores, jedes git-Objekt (erreichbar oder nicht), den Index, Entwürfe und das Sync-Log nach fälligen personenbezogenen Daten durchsuchen."#,
        #"Questions per commune and category, bundled needs, answered and open per month, measures and meetings."#:
            #"Fragen je Kommune und Kategorie, gebündelte Bedarfe, beantwortete und offene je Monat, Maßnahmen und Sitzungen."#,
        #"Read and check every file, also those the index holds unchanged."#:
            #"Jede Datei lesen und prüfen, auch die, die der Index unverändert hält."#,
        #"Record which communes were present (invited or not), and optionally who came from each."#:
            #"Festhalten, welche Kommunen anwesend waren (eingeladen oder nicht), und auf Wunsch, wer aus jeder kam."#,
        #"Release an answered question for the volunteers' guide (`lotse publish`)."#:
            #"Eine beantwortete Frage für den Leitfaden für Ehrenamtliche freigeben (`lotse publish`)."#,
        #"Remove a category no question uses."#:
            #"Eine Kategorie entfernen, die keine Frage nutzt."#,
        #"Remove a commune that no record refers to."#:
            #"Eine Kommune entfernen, auf die kein Datensatz verweist."#,
        #"Remove a coordinator from a commune."#:
            #"Eine Koordination aus einer Kommune entfernen."#,
        #"Remove an outcome, found by its id."#:
            #"Ein Ergebnis entfernen, gefunden über seine ID."#,
        #"Rename a category, in every question that uses it, in one step."#:
            #"Eine Kategorie umbenennen, in jeder Frage, die sie nutzt, in einem Schritt."#,
        #"Search this git repository instead (the remote's bare folder, say), by this store's records."#:
            #"Stattdessen dieses git-Repository durchsuchen (etwa den Bare-Ordner des Remotes), nach den Datensätzen dieses Stores."#,
        #"Set --recheck-months for this category only."#:
            #"--recheck-months nur für diese Kategorie setzen."#,
        #"Settings come from the command line, then environment variables (LOTSE_STORE, LOTSE_USER, LOTSE_THEME, LOTSE_LANG), then the settings file $XDG_CONFIG_HOME/lotse/config.toml (default ~/.config/lotse/config.toml), then the defaults. The file holds lines such as: user = "Koordination Werl"; and, to let the dashboard sync by itself every 10 minutes, a [sync] section with every_minutes = 10."#:
            #"Die Einstellungen kommen von der Befehlszeile, dann aus Umgebungsvariablen (LOTSE_STORE, LOTSE_USER, LOTSE_THEME, LOTSE_LANG), dann aus der Einstellungsdatei $XDG_CONFIG_HOME/lotse/config.toml (Standard ~/.config/lotse/config.toml), dann aus den Vorgaben. Die Datei enthält Zeilen wie: user = "Koordination Werl"; und, damit das Dashboard alle 10 Minuten selbst synchronisiert, einen Abschnitt [sync] mit every_minutes = 10."#,
        #"Share the store with the other coordinators' machines through git."#:
            #"Den Store über git mit den Rechnern der anderen Koordinationen teilen."#,
        #"Show a meeting with its agenda and outcomes."#:
            #"Eine Sitzung mit Tagesordnung und Ergebnissen zeigen."#,
        #"Show help information."#:
            #"Diese Hilfe zeigen."#,
        #"Show one question."#:
            #"Eine Frage zeigen."#,
        #"Show the guide's settings, or change them for the whole network (they are kept in store.json)."#:
            #"Die Einstellungen des Leitfadens zeigen oder für das ganze Netzwerk ändern (sie stehen in store.json)."#,
        #"Show the retention policy, or change it for the whole network (it is kept in store.json)."#:
            #"Die Aufbewahrungsregel zeigen oder für das ganze Netzwerk ändern (sie steht in store.json)."#,
        #"Show the settings in force and where each comes from."#:
            #"Die geltenden Einstellungen zeigen und woher jede kommt."#,
        #"Show the version."#:
            #"Die Version zeigen."#,
        #"Show what is due on this later (or earlier) day (DD.MM.YYYY or YYYY-MM-DD)."#:
            #"Zeigen, was an diesem späteren (oder früheren) Tag fällig ist (TT.MM.JJJJ oder JJJJ-MM-TT)."#,
        #"The TOP's number."#:
            #"Die Nummer des TOPs."#,
        #"The answer."#:
            #"Die Antwort."#,
        #"The answers released for the volunteers' guide: which want a review, and the guide's settings."#:
            #"Die für den Leitfaden freigegebenen Antworten: welche zu prüfen sind, und die Einstellungen des Leitfadens."#,
        #"The categories, with how many questions use each."#:
            #"Die Kategorien, mit der Zahl der Fragen in jeder."#,
        #"The category (default: none)."#:
            #"Die Kategorie (Standard: keine)."#,
        #"The category now."#:
            #"Die Kategorie jetzt."#,
        #"The category."#:
            #"Die Kategorie."#,
        #"The commune (slug or name)."#:
            #"Die Kommune (Kürzel oder Name)."#,
        #"The commune it becomes part of (slug or name)."#:
            #"Die Kommune, in der sie aufgeht (Kürzel oder Name)."#,
        #"The commune that goes (slug or name)."#:
            #"Die Kommune, die aufgeht (Kürzel oder Name)."#,
        #"The communes present (slugs or names)."#:
            #"Die anwesenden Kommunen (Kürzel oder Namen)."#,
        #"The coordinator's name or role address."#:
            #"Name oder Rollenadresse der Koordination."#,
        #"The coordinator's name."#:
            #"Der Name der Koordination."#,
        #"The corrected text."#:
            #"Der berichtigte Text."#,
        #"The day to check it again by (DD.MM.YYYY or YYYY-MM-DD) instead of the category's period."#:
            #"Der Tag, bis zu dem sie wieder zu prüfen ist (TT.MM.JJJJ oder JJJJ-MM-TT), statt der Frist ihrer Kategorie."#,
        #"The day: DD.MM.YYYY or YYYY-MM-DD."#:
            #"Der Tag: TT.MM.JJJJ oder JJJJ-MM-TT."#,
        #"The district whose integration centre runs the network (without --example)."#:
            #"Der Kreis, dessen Integrationszentrum das Netzwerk trägt (ohne --example)."#,
        #"The duplicate (id or unique prefix)."#:
            #"Das Duplikat (ID oder eindeutiger Anfang)."#,
        #"The first day (DD.MM.YYYY or YYYY-MM-DD; default: 1 January of this year)."#:
            #"Der erste Tag (TT.MM.JJJJ oder JJJJ-MM-TT; Standard: 1. Januar dieses Jahres)."#,
        #"The folder for the new store (or give it with --store)."#:
            #"Der Ordner für den neuen Store (oder mit --store angeben)."#,
        #"The folder for this machine's copy of the store (new or empty)."#:
            #"Der Ordner für die Kopie des Stores auf diesem Rechner (neu oder leer)."#,
        #"The folder gets index.html, leitfaden.css, suche.js, ausgabe.json and a page of contacts per commune (kontakte-SLUG.html): open index.html in a browser, from a USB stick or a web server alike; it searches without a server and prints as an A4 booklet. Only answers released with `lotse questions release ID` (or f in the dashboard's knowledge view) are in it, with their sources and "Stand", and the communes' contacts by role. No names of who logged or answered, no notes, no measures. When a released text looks like personal data the guide is not written; rewrite it, or confirm it as a false alarm with --confirm ID. The same store gives the same files: an edition can be committed and compared."#:
            #"Der Ordner erhält index.html, leitfaden.css, suche.js, ausgabe.json und je Kommune eine Seite ihrer Ansprechpersonen (kontakte-KÜRZEL.html): index.html im Browser öffnen, vom USB-Stick wie vom Webserver; die Seite sucht ohne Server und druckt als A4-Heft. Darin sind nur Antworten, die mit `lotse questions release ID` (oder f im Wissen des Dashboards) freigegeben sind, mit Quellen und Stand, und die Ansprechpersonen der Kommunen nach Rolle. Keine Namen von Erfassenden oder Antwortenden, keine Notizen, keine Maßnahmen. Sieht ein freigegebener Text nach personenbezogenen Daten aus, wird der Leitfaden nicht geschrieben; den Text umschreiben oder mit --confirm ID als Fehlalarm bestätigen. Derselbe Store ergibt dieselben Dateien: eine Ausgabe lässt sich committen und vergleichen."#,
        #"The folder to write the edition into (created if missing)."#:
            #"Der Ordner, in den die Ausgabe geschrieben wird (wird angelegt, wenn er fehlt)."#,
        #"The guide's title."#:
            #"Der Titel des Leitfadens."#,
        #"The imprint line: who publishes the guide, an address, a contact."#:
            #"Die Impressumszeile: wer den Leitfaden herausgibt, eine Anschrift, ein Kontakt."#,
        #"The invitation as an iCalendar event (RFC 5545), with the agenda in its description; --all: every upcoming meeting as one calendar to subscribe to."#:
            #"Die Einladung als iCalendar-Termin (RFC 5545), mit der Tagesordnung in der Beschreibung; --all: jede kommende Sitzung als ein Kalender zum Abonnieren."#,
        #"The invitation with the agenda, as Markdown."#:
            #"Die Einladung mit der Tagesordnung, als Markdown."#,
        #"The item's title."#:
            #"Der Titel des TOPs."#,
        #"The last day (default: today)."#:
            #"Der letzte Tag (Standard: heute)."#,
        #"The last syncs of this machine, newest first: how each ended, the git commands it ran, their exit status and output (passwords masked)."#:
            #"Die letzten Syncs dieses Rechners, der neueste zuerst: wie jeder endete, die git-Befehle, die er ausführte, ihr Exit-Status und ihre Ausgabe (Passwörter verdeckt)."#,
        #"The measure's id or a unique prefix of it (as `measures list` shows it)."#:
            #"Die ID der Maßnahme oder ein eindeutiger Anfang davon (wie `measures list` sie zeigt)."#,
        #"The measure's id or a unique prefix of it."#:
            #"Die ID der Maßnahme oder ein eindeutiger Anfang davon."#,
        #"The measures all meetings decided: list them, mark them done, dropped or open again."#:
            #"Die Maßnahmen aller Sitzungen: auflisten, als erledigt, verworfen oder wieder offen markieren."#,
        #"The meeting's id or a unique prefix of it."#:
            #"Die ID der Sitzung oder ein eindeutiger Anfang davon."#,
        #"The minutes (Protokoll), as Markdown."#:
            #"Das Protokoll, als Markdown."#,
        #"The network's name, shown in the title line (without --example)."#:
            #"Der Name des Netzwerks, in der Titelzeile gezeigt (ohne --example)."#,
        #"The network's shared remote (a git URL or the path of a bare repository)."#:
            #"Das geteilte Remote des Netzwerks (eine git-URL oder der Pfad eines Bare-Repositorys)."#,
        #"The outcome's id or a unique prefix of it."#:
            #"Die ID des Ergebnisses oder ein eindeutiger Anfang davon."#,
        #"The question to merge into (id or unique prefix)."#:
            #"Die Frage, in die zusammengeführt wird (ID oder eindeutiger Anfang)."#,
        #"The question's id or a unique prefix of it."#:
            #"Die ID der Frage oder ein eindeutiger Anfang davon."#,
        #"The question, as a general case."#:
            #"Die Frage, als allgemeiner Fall."#,
        #"The questions and answers themselves are never touched. For a store that syncs, the other machines' changes are fetched first; then the keys of the personal values that are due are destroyed, here, on the remote and, at their next sync, on the other machines. The shared history keeps every commit; the purged values in it cannot be read any more."#:
            #"Die Fragen und Antworten selbst bleiben unberührt. Bei einem Store, der synchronisiert, werden zuerst die Änderungen der anderen Rechner geholt; dann werden die Schlüssel der fälligen personenbezogenen Werte vernichtet: hier, auf dem Remote und, bei ihrem nächsten Sync, auf den anderen Rechnern. Der geteilte Verlauf behält jeden Commit; die bereinigten Werte darin sind nicht mehr lesbar."#,
        #"The record of processing activities (Art. 30 GDPR) as Markdown, filled in from the store."#:
            #"Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) als Markdown, aus dem Store ausgefüllt."#,
        #"The release holds until its "prüfen bis" day: by default the months the store's guide settings give its category (`lotse knowledge settings`), 12 unless set. Releasing again, after an edit or when it is due, renews it."#:
            #"Die Freigabe gilt bis zu ihrem „prüfen bis“: ohne Angabe so viele Monate, wie die Leitfaden-Einstellungen des Stores für ihre Kategorie nennen (`lotse knowledge settings`), sonst 12. Eine neue Freigabe, nach einer Änderung oder wenn sie fällig ist, erneuert sie."#,
        #"The shared remote: any git URL, or the path of a bare repository on a share."#:
            #"Das geteilte Remote: eine beliebige git-URL oder der Pfad eines Bare-Repositorys auf einer Freigabe."#,
        #"The store folder (default: $LOTSE_STORE, else $XDG_DATA_HOME/lotse)."#:
            #"Der Store-Ordner (Standard: $LOTSE_STORE, sonst $XDG_DATA_HOME/lotse)."#,
        #"The store folder (default: as for the dashboard)."#:
            #"Der Store-Ordner (Standard: wie beim Dashboard)."#,
        #"The time of day, HH:MM."#:
            #"Die Uhrzeit, HH:MM."#,
        #"The title (default: "Netzwerktreffen Ehrenamtskoordination")."#:
            #"Der Titel (Standard: „Netzwerktreffen Ehrenamtskoordination“)."#,
        #"Their role, such as Ehrenamtskoordination."#:
            #"Ihre Rolle, etwa Ehrenamtskoordination."#,
        #"They agreed to be named in the volunteers' guide (`lotse publish`); without it the guide shows the role only."#:
            #"Die Person ist einverstanden, im Leitfaden für Ehrenamtliche genannt zu werden (`lotse publish`); ohne dies zeigt der Leitfaden nur die Rolle."#,
        #"Validate every file of a store; print each problem as 'path: reason'."#:
            #"Jede Datei eines Stores prüfen; jedes Problem als „Pfad: Grund“ ausgeben."#,
        #"What is not sent and not pulled yet, the last sync, open conflicts (asks no remote)."#:
            #"Was noch nicht gesendet und noch nicht geholt ist, der letzte Sync, offene Konflikte (fragt kein Remote)."#,
        #"What it is about."#:
            #"Worum es geht."#,
        #"What personal data the store holds and when it is deleted; the record of processing (Art. 30 GDPR)."#:
            #"Welche personenbezogenen Daten der Store enthält und wann sie gelöscht werden; das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)."#,
        #"What was said, decided or agreed."#:
            #"Was gesagt, beschlossen oder vereinbart wurde."#,
        #"Where it takes place."#:
            #"Wo sie stattfindet."#,
        #"Which measures: open (default), overdue (open and past due), or all."#:
            #"Welche Maßnahmen: `open` (Standard, die offenen), `overdue` (offen und überfällig) oder `all` (alle)."#,
        #"Who answers (default: $LOTSE_USER)."#:
            #"Wer antwortet (Standard: $LOTSE_USER)."#,
        #"Who came from a commune: SLUG=NAME; repeat for several."#:
            #"Wer aus einer Kommune kam: KÜRZEL=NAME; für mehrere wiederholen."#,
        #"Who changed which field of a question, meeting or commune when (from the shared history, newest first)."#:
            #"Wer welches Feld einer Frage, Sitzung oder Kommune wann geändert hat (aus dem geteilten Verlauf, das Neueste zuerst)."#,
        #"Who clarifies it."#:
            #"Wer sie klärt."#,
        #"Who logs it (default: $LOTSE_USER)."#:
            #"Wer sie erfasst (Standard: $LOTSE_USER)."#,
        #"Who presents it."#:
            #"Wer ihn vorstellt."#,
        #"Who releases it, a role (default: $LOTSE_USER)."#:
            #"Wer sie freigibt, eine Rolle (Standard: $LOTSE_USER)."#,
        #"Who sends the invitations: "Name <address>" or an address (ORGANIZER)."#:
            #"Wer einlädt: „Name <Adresse>“ oder eine Adresse (ORGANIZER)."#,
        #"Withdraw a question's release: the next edition of the guide leaves it out."#:
            #"Die Freigabe einer Frage zurückziehen: die nächste Ausgabe des Leitfadens lässt sie weg."#,
        #"Without a subcommand, Lotse opens the dashboard on the default store ($XDG_DATA_HOME/lotse, or ~/.local/share/lotse). --store PATH or the LOTSE_STORE variable pick another. A store that does not exist yet is created with the example network of Kreis Soest."#:
            #"Ohne Befehl öffnet Lotse das Dashboard auf dem Standard-Store ($XDG_DATA_HOME/lotse oder ~/.local/share/lotse). --store PFAD oder die Variable LOTSE_STORE wählen einen anderen. Ein Store, den es noch nicht gibt, wird mit dem Beispielnetzwerk des Kreises Soest angelegt."#,
        #"Without dates, the report covers the current calendar year up to today."#:
            #"Ohne Daten umfasst der Bericht das laufende Kalenderjahr bis heute."#,
        #"Write it to this file instead of printing it."#:
            #"In diese Datei schreiben, statt auszugeben."#,
        #"Write the report to this file instead of printing it."#:
            #"Den Bericht in diese Datei schreiben, statt ihn auszugeben."#,
        #"Write the volunteers' guide (Leitfaden) as a static website from the released answers."#:
            #"Den Leitfaden für Ehrenamtliche als statische Website aus den freigegebenen Antworten schreiben."#,
        #"Write to this file (for instance treffen.ics) instead of standard output."#:
            #"In diese Datei schreiben (etwa treffen.ics) statt auf die Standardausgabe."#,
        #"Write to this file instead of printing it."#:
            #"In diese Datei schreiben, statt sie auszugeben."#,
        #"Write to this file instead of standard output."#:
            #"In diese Datei schreiben statt auf die Standardausgabe."#,
        #"Your name or role, recorded as who logged or answered a question (default: $LOTSE_USER)."#:
            #"Ihr Name oder Ihre Rolle, festgehalten als wer eine Frage erfasst oder beantwortet hat (Standard: $LOTSE_USER)."#,
        #"`lotse sync` commits the local changes, fetches, merges field by field and pushes. Exit status: 0 in sync; 1 in sync, with conflicts to look at (listed); 2 when the remote cannot be reached or sync is not set up. Local work is never touched by a failed sync."#:
            #"`lotse sync` committet die lokalen Änderungen, holt, führt Feld für Feld zusammen und sendet. Exit-Status: 0 synchron; 1 synchron, mit Konflikten zum Ansehen (aufgelistet); 2, wenn das Remote nicht erreichbar oder der Sync nicht eingerichtet ist. Ein gescheiterter Sync rührt die lokale Arbeit nie an."#,
        #"info, decision, measure or internal."#:
            #"info, decision, measure oder internal."#,
        #"markdown (default), csv (RFC 4180) or csv-excel (semicolons and a byte-order mark, for spreadsheets): the needs matrix."#:
            #"markdown (Standard), csv (RFC 4180) oder csv-excel (Semikolons und Byte-Order-Mark, für Tabellenkalkulationen): die Bedarfsmatrix."#,
        #"open, clarifying, answered or closed (or offen, in Klärung, beantwortet, geschlossen)."#:
            #"open, clarifying, answered oder closed (oder offen, in Klärung, beantwortet, geschlossen)."#,
        #"stadt or gemeinde (default: gemeinde)."#:
            #"stadt oder gemeinde (Standard: gemeinde)."#,
        #"stadt or gemeinde."#:
            #"stadt oder gemeinde."#,
        #"table, json or csv."#:
            #"table, json oder csv."#,
    ]
}
