<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>kiln::gui::ActionModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tool Time</source>
        <translation>Werkzeugzeit</translation>
    </message>
    <message>
        <source>Objdir</source>
        <translation>Objektverzeichnis</translation>
    </message>
    <message>
        <source>What happened to the action: waiting, ready, running, cache hit, built, failed, skipped or cancelled.</source>
        <translation>Was mit der Aktion geschah: wartend, bereit, läuft, Cache-Treffer, gebaut, fehlgeschlagen, übersprungen oder abgebrochen.</translation>
    </message>
    <message>
        <source>go&apos;s name for what the action does (build, link, …).</source>
        <translation>gos Name für das, was die Aktion tut (build, link, …).</translation>
    </message>
    <message>
        <source>The import path of the action&apos;s package.</source>
        <translation>Der Importpfad des Pakets der Aktion.</translation>
    </message>
    <message>
        <source>The scheduler worker (1 to -p) that ran the action.</source>
        <translation>Der Worker des Schedulers (1 bis -p), der die Aktion ausgeführt hat.</translation>
    </message>
    <message>
        <source>When the action started, counted from the start of the build.</source>
        <translation>Wann die Aktion begann, gezählt ab dem Beginn des Builds.</translation>
    </message>
    <message>
        <source>From start to done, including cache lookups.</source>
        <translation>Vom Beginn bis zum Ende, einschließlich der Cache-Abfragen.</translation>
    </message>
    <message>
        <source>Wall time of the tools the action ran (compile, asm, pack, link); empty when no tool ran.</source>
        <translation>Laufzeit der Werkzeuge, die die Aktion ausführte (compile, asm, pack, link); leer, wenn kein Werkzeug lief.</translation>
    </message>
    <message>
        <source>The action&apos;s scratch directory under $WORK.</source>
        <translation>Das Arbeitsverzeichnis der Aktion unter $WORK.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ActionStyle</name>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>built</source>
        <translation>gebaut</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Waits for the actions it depends on.</source>
        <translation>Wartet auf die Aktionen, von denen sie abhängt.</translation>
    </message>
    <message>
        <source>Its dependencies are done; it waits for a free worker.</source>
        <translation>Ihre Abhängigkeiten sind fertig; sie wartet auf einen freien Worker.</translation>
    </message>
    <message>
        <source>A worker is running it now.</source>
        <translation>Ein Worker führt sie gerade aus.</translation>
    </message>
    <message>
        <source>Its result came from the build cache (go shows this as &quot;(cached)&quot;): no tool ran.</source>
        <translation>Ihr Ergebnis kam aus dem Build-Cache (go zeigt das als „(cached)“): kein Werkzeug lief.</translation>
    </message>
    <message>
        <source>Its tools ran and succeeded.</source>
        <translation>Ihre Werkzeuge liefen erfolgreich.</translation>
    </message>
    <message>
        <source>Its tools ran and failed; the console shows why.</source>
        <translation>Ihre Werkzeuge liefen und schlugen fehl; die Konsole zeigt, warum.</translation>
    </message>
    <message>
        <source>Not run because an action it depends on failed.</source>
        <translation>Nicht ausgeführt, weil eine Aktion, von der sie abhängt, fehlschlug.</translation>
    </message>
    <message>
        <source>Not run, or stopped, because the build was stopped.</source>
        <translation>Nicht ausgeführt oder angehalten, weil der Build gestoppt wurde.</translation>
    </message>
    <message>
        <source>build: compiles one package (compile, asm, pack) into an archive.</source>
        <translation>build: übersetzt ein Paket (compile, asm, pack) in ein Archiv.</translation>
    </message>
    <message>
        <source>built-in package: unsafe, provided by the compiler; nothing to do.</source>
        <translation>built-in package: unsafe, vom Compiler bereitgestellt; nichts zu tun.</translation>
    </message>
    <message>
        <source>build-install: copies a compiled archive to its install location.</source>
        <translation>build-install: kopiert ein übersetztes Archiv an seinen Installationsort.</translation>
    </message>
    <message>
        <source>link: links a main package and its dependencies into an executable.</source>
        <translation>link: bindet ein main-Paket und seine Abhängigkeiten zu einem ausführbaren Programm.</translation>
    </message>
    <message>
        <source>link-install: copies the linked executable to its output file.</source>
        <translation>link-install: kopiert das gebundene Programm in seine Ausgabedatei.</translation>
    </message>
    <message>
        <source>nop: does nothing; makes the main package compile after its link dependencies.</source>
        <translation>nop: tut nichts; sorgt dafür, dass das main-Paket nach seinen Link-Abhängigkeiten übersetzt wird.</translation>
    </message>
    <message>
        <source>preprocess PGO profile: turns a pprof profile into the compiler&apos;s format.</source>
        <translation>preprocess PGO profile: wandelt ein pprof-Profil in das Format des Compilers um.</translation>
    </message>
    <message>
        <source>go build: the root; done when everything the command asked for is done.</source>
        <translation>go build: die Wurzel; fertig, wenn alles erledigt ist, was der Befehl verlangt hat.</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>vet: runs go vet&apos;s checks on a package before its tests (or only computes the facts the packages importing it need).</source>
        <translation>vet: führt die Prüfungen von go vet für ein Paket vor seinen Tests aus (oder berechnet nur die Fakten, die die importierenden Pakete brauchen).</translation>
    </message>
    <message>
        <source>test run: runs a package&apos;s test binary and reports ok, FAIL or (cached) when an earlier result can be replayed.</source>
        <translation>test run: führt die Testdatei eines Pakets aus und meldet ok, FAIL oder (cached), wenn ein früheres Ergebnis wiedergegeben werden kann.</translation>
    </message>
    <message>
        <source>test clean: removes the test&apos;s temporary directory after its run.</source>
        <translation>test clean: entfernt nach dem Lauf das temporäre Verzeichnis des Tests.</translation>
    </message>
    <message>
        <source>test print: prints a test run&apos;s output, in the order the packages were named.</source>
        <translation>test print: gibt die Ausgabe eines Testlaufs aus, in der Reihenfolge, in der die Pakete genannt wurden.</translation>
    </message>
    <message>
        <source>test print (nop): go test -c: nothing to print; orders the test builds.</source>
        <translation>test print (nop): go test -c: nichts auszugeben; ordnet die Test-Builds.</translation>
    </message>
    <message>
        <source>test build: copies the test binary to its output file (go test -c or -o).</source>
        <translation>test build: kopiert die Testdatei in ihre Ausgabedatei (go test -c oder -o).</translation>
    </message>
    <message>
        <source>go test: the root; done when every package&apos;s test result is printed.</source>
        <translation>go test: die Wurzel; fertig, wenn das Testergebnis jedes Pakets ausgegeben ist.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ActionsPanel</name>
    <message>
        <source>Filter actions…</source>
        <translation>Aktionen filtern…</translation>
    </message>
    <message>
        <source>No build yet</source>
        <translation>Noch kein Build</translation>
    </message>
    <message>
        <source>Actions: %1, built: %2, cache hits: %3, failed: %4</source>
        <translation>Aktionen: %1, gebaut: %2, Cache-Treffer: %3, fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>kiln::gui::BatchRun</name>
    <message>
        <source>the build did not start</source>
        <translation>der Build hat nicht begonnen</translation>
    </message>
    <message>
        <source>the build failed</source>
        <translation>der Build ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the build failed: %1</source>
        <translation>der Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the tests failed</source>
        <translation>die Tests sind fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kiln::gui::BuildActions</name>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Build the target packages (go build).</source>
        <translation>Die Zielpakete bauen (go build).</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Build the main package and run it (go run).</source>
        <translation>Das main-Paket bauen und ausführen (go run).</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Aufräumen</translation>
    </message>
    <message>
        <source>Remove the files the last build wrote (the build cache stays).</source>
        <translation>Die Dateien entfernen, die der letzte Build geschrieben hat (der Build-Cache bleibt).</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the build or the running program.</source>
        <translation>Den Build oder das laufende Programm stoppen.</translation>
    </message>
    <message>
        <source>Build &amp;Settings…</source>
        <translation>Build-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The packages to build: go&apos;s patterns, separated by spaces (./... is every package of the module).</source>
        <translation>Die zu bauenden Pakete: gos Muster, durch Leerzeichen getrennt (./... sind alle Pakete des Moduls).</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Test the target packages (go test).</source>
        <translation>Die Zielpakete testen (go test).</translation>
    </message>
    <message>
        <source>Set -p, build tags, -trimpath, GOFLAGS, tool flags and go test&apos;s flags.</source>
        <translation>-p, Build-Tags, -trimpath, GOFLAGS, Werkzeug-Flags und die Flags von go test einstellen.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::BuildCompareModel</name>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>inputs changed</source>
        <translation>Eingaben geändert</translation>
    </message>
    <message>
        <source>same inputs</source>
        <translation>gleiche Eingaben</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Earlier build</source>
        <translation>Früherer Build</translation>
    </message>
    <message>
        <source>Later build</source>
        <translation>Späterer Build</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
</context>
<context>
    <name>kiln::gui::BuildController</name>
    <message>
        <source>The build wrote no executable to run.
</source>
        <translation>Der Build hat kein ausführbares Programm geschrieben.
</translation>
    </message>
    <message>
        <source>The program could not be started: %1
</source>
        <translation>Das Programm konnte nicht gestartet werden: %1
</translation>
    </message>
    <message>
        <source>The program was killed.
</source>
        <translation>Das Programm wurde beendet.
</translation>
    </message>
    <message>
        <source>exit status %1
</source>
        <translation>Exit-Status %1
</translation>
    </message>
    <message>
        <source>removed %1
</source>
        <translation>entfernt: %1
</translation>
    </message>
    <message>
        <source>Nothing to clean.
</source>
        <translation>Nichts aufzuräumen.
</translation>
    </message>
</context>
<context>
    <name>kiln::gui::BuildSettingsDialog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Build tags, comma separated (-tags).</source>
        <translation>Build-Tags, durch Kommas getrennt (-tags).</translation>
    </message>
    <message>
        <source>Remove file system paths from the results (-trimpath)</source>
        <translation>Dateisystempfade aus den Ergebnissen entfernen (-trimpath)</translation>
    </message>
    <message>
        <source>as in the environment</source>
        <translation>wie in der Umgebung</translation>
    </message>
    <message>
        <source>GOFLAGS for the build; empty keeps the environment&apos;s value.</source>
        <translation>GOFLAGS für den Build; leer behält den Wert der Umgebung.</translation>
    </message>
    <message>
        <source>none, e.g. all=-N -l</source>
        <translation>keine, z. B. all=-N -l</translation>
    </message>
    <message>
        <source>Compiler flags (-gcflags), optionally scoped: pattern=flags.</source>
        <translation>Compiler-Flags (-gcflags), wahlweise mit Geltungsbereich: Muster=Flags.</translation>
    </message>
    <message>
        <source>none, e.g. -s -w</source>
        <translation>keine, z. B. -s -w</translation>
    </message>
    <message>
        <source>Linker flags (-ldflags), optionally scoped: pattern=flags.</source>
        <translation>Linker-Flags (-ldflags), wahlweise mit Geltungsbereich: Muster=Flags.</translation>
    </message>
    <message>
        <source>Build at low CPU priority (keeps Kiln responsive)</source>
        <translation>Mit niedriger CPU-Priorität bauen (hält Kiln reaktionsschnell)</translation>
    </message>
    <message>
        <source>Build Settings</source>
        <translation>Build-Einstellungen</translation>
    </message>
    <message>
        <source>default (%1, the number of CPUs)</source>
        <translation>Vorgabe (%1, die Anzahl der CPUs)</translation>
    </message>
    <message>
        <source>How many actions run at once (-p).</source>
        <translation>Wie viele Aktionen gleichzeitig laufen (-p).</translation>
    </message>
    <message>
        <source>Runs the compiler and linker with a raised nice value, so the window stays smooth while they use every CPU. Not a go flag: the results are the same.</source>
        <translation>Führt Compiler und Linker mit erhöhtem nice-Wert aus, damit das Fenster flüssig bleibt, während sie alle CPUs nutzen. Kein go-Flag: die Ergebnisse sind dieselben.</translation>
    </message>
    <message>
        <source>Parallel actions (-p):</source>
        <translation>Parallele Aktionen (-p):</translation>
    </message>
    <message>
        <source>Build tags (-tags):</source>
        <translation>Build-Tags (-tags):</translation>
    </message>
    <message>
        <source>GOFLAGS:</source>
        <translation>GOFLAGS:</translation>
    </message>
    <message>
        <source>Compiler flags (-gcflags):</source>
        <translation>Compiler-Flags (-gcflags):</translation>
    </message>
    <message>
        <source>Linker flags (-ldflags):</source>
        <translation>Linker-Flags (-ldflags):</translation>
    </message>
    <message>
        <source>go build flags:</source>
        <translation>Flags für go build:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 entries: edit them in the Flag Scopes panel (View menu).</source>
        <translation>%1 Einträge: im Bereich Flag-Geltungsbereiche bearbeiten (Menü Ansicht).</translation>
    </message>
</context>
<context>
    <name>kiln::gui::BuildStatus</name>
    <message>
        <source>%v / %m actions</source>
        <translation>%v / %m Aktionen</translation>
    </message>
    <message>
        <source>Finished actions of all actions in the build.</source>
        <translation>Abgeschlossene Aktionen von allen Aktionen des Builds.</translation>
    </message>
    <message>
        <source>No build yet</source>
        <translation>Noch kein Build</translation>
    </message>
    <message>
        <source>Loading packages…</source>
        <translation>Pakete werden geladen…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird gebaut…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Build failed to start</source>
        <translation>Build konnte nicht beginnen</translation>
    </message>
    <message>
        <source>Tests failed to start</source>
        <translation>Tests konnten nicht beginnen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Program failed</source>
        <translation>Programm fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>actions run: %1 · cache hits: %2 · wall: %3 · saved: %4</source>
        <translation>ausgeführt: %1 · Cache-Treffer: %2 · Dauer: %3 · gespart: %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Actions run&lt;/b&gt;: actions the scheduler gave to a worker (%1 of %2; %3 ran tools for %4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cache hits&lt;/b&gt;: actions whose result came from the build cache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wall&lt;/b&gt;: the wall-clock time from the start of the build to its end, without loading the packages.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Saved&lt;/b&gt;: the compile time the cache saved: for each cache hit, the tool time the same action ID took when Kiln last ran it for real in this session. %5 hits were never seen running here and are not counted; build again after a change to measure them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ausgeführt&lt;/b&gt;: Aktionen, die der Scheduler einem Worker gab (%1 von %2; %3 führten Werkzeuge aus, %4 lang).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cache-Treffer&lt;/b&gt;: Aktionen, deren Ergebnis aus dem Build-Cache kam.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dauer&lt;/b&gt;: die verstrichene Zeit vom Beginn des Builds bis zu seinem Ende, ohne das Laden der Pakete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gespart&lt;/b&gt;: die Übersetzungszeit, die der Cache gespart hat: für jeden Cache-Treffer die Werkzeugzeit, die dieselbe Aktions-ID brauchte, als Kiln sie in dieser Sitzung zuletzt wirklich ausführte. %5 Treffer wurden hier nie ausgeführt gesehen und zählen nicht; bauen Sie nach einer Änderung erneut, um sie zu messen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Problems: %1. Click to show the Problems panel (Alt+5).</source>
        <translation>Probleme: %1. Klicken zeigt die Problemliste (Alt+5).</translation>
    </message>
    <message>
        <source>Tests failed</source>
        <translation>Tests fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tests passed</source>
        <translation>Tests bestanden</translation>
    </message>
    <message>
        <source>%1 · packages: %2 passed (%3 cached), %4 failed · %5</source>
        <translation>%1 · Pakete: %2 bestanden (%3 aus dem Cache), %4 fehlgeschlagen · %5</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Packages passed, cached, failed&lt;/b&gt;: test packages whose go test line said ok, ok with (cached) (a result replayed from the cache; counted in passed too), and FAIL. %1 packages had no test files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pakete bestanden, aus dem Cache, fehlgeschlagen&lt;/b&gt;: Testpakete, deren go-test-Zeile ok, ok mit (cached) (ein aus dem Cache wiedergegebenes Ergebnis; auch bei „bestanden“ gezählt) bzw. FAIL lautete. %1 Pakete hatten keine Testdateien.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheActivityBar</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the scan or the prune (what is done stays done).</source>
        <translation>Das Einlesen oder das Bereinigen stoppen (was erledigt ist, bleibt erledigt).</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Scanning… %1 entries</source>
        <translation>Wird eingelesen… %1 Einträge</translation>
    </message>
    <message>
        <source>No cache scanned.</source>
        <translation>Kein Cache eingelesen.</translation>
    </message>
    <message>
        <source>%1 entries · %2 (%3 on disk)</source>
        <translation>%1 Einträge · %2 (%3 auf der Platte)</translation>
    </message>
    <message>
        <source> · scan stopped: %1 of %2 shards</source>
        <translation> · Einlesen gestoppt: %1 von %2 Unterordnern</translation>
    </message>
    <message>
        <source> · %1 files are not entries</source>
        <translation> · %1 Dateien sind keine Einträge</translation>
    </message>
    <message>
        <source>Prune failed: %1</source>
        <translation>Bereinigen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Prune stopped: removed %1 of %2 entries (%3).</source>
        <translation>Bereinigen gestoppt: %1 von %2 Einträgen entfernt (%3).</translation>
    </message>
    <message>
        <source>Pruned: removed %1 of %2 entries (%3).</source>
        <translation>Bereinigt: %1 von %2 Einträgen entfernt (%3).</translation>
    </message>
    <message>
        <source> Skipped %1 files: %2.</source>
        <translation> %1 Dateien übersprungen: %2.</translation>
    </message>
    <message>
        <source> trim.txt updated, as go&apos;s own trim does.</source>
        <translation> trim.txt aktualisiert, wie es gos eigenes Aufräumen tut.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheDetails</name>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Produced by:</source>
        <translation>Erzeugt von:</translation>
    </message>
    <message>
        <source>Build ID:</source>
        <translation>Build-ID:</translation>
    </message>
    <message>
        <source>Toolchain:</source>
        <translation>Go-Toolchain:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt benutzt:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Output ID:</source>
        <translation>Ausgabe-ID:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Select an entry to see what it is and where it came from.</source>
        <translation>Einen Eintrag wählen, um zu sehen, was er ist und woher er kommt.</translation>
    </message>
    <message>
        <source>An output no index entry names (an orphan)</source>
        <translation>Eine Ausgabe, die kein Indexeintrag nennt (verwaist)</translation>
    </message>
    <message>
        <source>Index entry %1</source>
        <translation>Indexeintrag %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (index %2 B, output %3 B; %4 on disk)</source>
        <translation>%1 (Index %2 B, Ausgabe %3 B; %4 auf der Platte)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kiln&apos;s %1 action for %2</source>
        <translation>Kilns %1-Aktion für %2</translation>
    </message>
    <message>
        <source> (its %1)</source>
        <translation> (ihr %1)</translation>
    </message>
    <message>
        <source>; flags: %1</source>
        <translation>; Flags: %1</translation>
    </message>
    <message>
        <source>not recorded by Kiln (go&apos;s build); package path from the export data</source>
        <translation>nicht von Kiln verzeichnet (ein Build von go); Paketpfad aus den Exportdaten</translation>
    </message>
    <message>
        <source>not recorded by Kiln; named from the output&apos;s bytes</source>
        <translation>nicht von Kiln verzeichnet; benannt nach den Bytes der Ausgabe</translation>
    </message>
    <message>
        <source>Replayed output (what go test prints for a cache hit):</source>
        <translation>Wiedergegebene Ausgabe (was go test bei einem Cache-Treffer ausgibt):</translation>
    </message>
    <message>
        <source>Saved output (go test would not replay it):</source>
        <translation>Gespeicherte Ausgabe (go test würde sie nicht wiedergeben):</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Content (the first %1):</source>
        <translation>Inhalt (die ersten %1):</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheEntryModel</name>
    <message>
        <source>%1
Problem: %2</source>
        <translation>%1
Problem: %2</translation>
    </message>
    <message>
        <source>%1 bytes: the index file (-a) and its output (-d)</source>
        <translation>%1 Bytes: die Indexdatei (-a) und ihre Ausgabe (-d)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Toolchain</source>
        <translation>Go-Toolchain</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What go stored, in go&apos;s words.</source>
        <translation>Was go gespeichert hat, in gos Worten.</translation>
    </message>
    <message>
        <source>When a build last used the entry (go refreshes this at most hourly).</source>
        <translation>Wann ein Build den Eintrag zuletzt benutzt hat (go aktualisiert das höchstens stündlich).</translation>
    </message>
    <message>
        <source>When go (or Kiln) wrote the entry.</source>
        <translation>Wann go (oder Kiln) den Eintrag geschrieben hat.</translation>
    </message>
    <message>
        <source>The action ID the entry is stored under (its -a file&apos;s name).</source>
        <translation>Die Aktions-ID, unter der der Eintrag liegt (der Name seiner -a-Datei).</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheGrouping</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Toolchain</source>
        <translation>Go-Toolchain</translation>
    </message>
    <message>
        <source>(no package)</source>
        <translation>(kein Paket)</translation>
    </message>
    <message>
        <source>(no module)</source>
        <translation>(kein Modul)</translation>
    </message>
    <message>
        <source>(no toolchain)</source>
        <translation>(keine Toolchain)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Size by package</source>
        <translation>Größe nach Paket</translation>
    </message>
    <message>
        <source>Size by module</source>
        <translation>Größe nach Modul</translation>
    </message>
    <message>
        <source>Size by kind</source>
        <translation>Größe nach Art</translation>
    </message>
    <message>
        <source>Size by toolchain</source>
        <translation>Größe nach Toolchain</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheGroupModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The group&apos;s part of all entries&apos; bytes.</source>
        <translation>Der Anteil der Gruppe an den Bytes aller Einträge.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheLocation</name>
    <message>
        <source>GOCACHE=%1: go uses no build cache</source>
        <translation>GOCACHE=%1: go benutzt keinen Build-Cache</translation>
    </message>
    <message>
        <source>no Go toolchain: go env GOCACHE is unknown</source>
        <translation>keine Go-Toolchain: go env GOCACHE ist unbekannt</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheLocationBar</name>
    <message>
        <source>&amp;Choose Cache Folder…</source>
        <translation>Cache-Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Use go env GOCACHE</source>
        <translation>go env GOCACHE &amp;verwenden</translation>
    </message>
    <message>
        <source>Show another Go build cache (any folder go uses as GOCACHE).</source>
        <translation>Einen anderen Go-Build-Cache zeigen (jeder Ordner, den go als GOCACHE benutzt).</translation>
    </message>
    <message>
        <source>Show the cache the next build uses: go env GOCACHE.</source>
        <translation>Den Cache zeigen, den der nächste Build benutzt: go env GOCACHE.</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache-Ordner:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Use go env</source>
        <translation>go env verwenden</translation>
    </message>
    <message>
        <source>finding go env GOCACHE…</source>
        <translation>go env GOCACHE wird ermittelt…</translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>(gewählt)</translation>
    </message>
    <message>
        <source>(go env GOCACHE)</source>
        <translation>(aus go env GOCACHE)</translation>
    </message>
    <message>
        <source>A folder you chose; go env GOCACHE is %1.</source>
        <translation>Ein von Ihnen gewählter Ordner; go env GOCACHE ist %1.</translation>
    </message>
    <message>
        <source>The cache of the build environment: what go env GOCACHE says for the open module and the build settings.</source>
        <translation>Der Cache der Build-Umgebung: was go env GOCACHE für das geöffnete Modul und die Build-Einstellungen sagt.</translation>
    </message>
    <message>
        <source>Choose a Go Build Cache</source>
        <translation>Einen Go-Build-Cache wählen</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CachePanel</name>
    <message>
        <source>Search packages, kinds, toolchains, keys…</source>
        <translation>Pakete, Arten, Toolchains, Schlüssel suchen…</translation>
    </message>
    <message>
        <source>Group the entries by package, module, kind or toolchain.</source>
        <translation>Die Einträge nach Paket, Modul, Art oder Toolchain gruppieren.</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Rescan Cache</source>
        <translation>Cache neu &amp;einlesen</translation>
    </message>
    <message>
        <source>Read the cache folder again.</source>
        <translation>Den Cache-Ordner erneut einlesen.</translation>
    </message>
    <message>
        <source>&amp;Prune Cache…</source>
        <translation>Cache &amp;bereinigen…</translation>
    </message>
    <message>
        <source>Remove entries by age, size, package, module, kind or toolchain, after a preview.</source>
        <translation>Einträge nach Alter, Größe, Paket, Modul, Art oder Toolchain entfernen, nach einer Vorschau.</translation>
    </message>
    <message>
        <source>Prune &amp;Selected Entries…</source>
        <translation>&amp;Ausgewählte Einträge bereinigen…</translation>
    </message>
    <message>
        <source>Preview removing the entries selected in the table.</source>
        <translation>Das Entfernen der in der Tabelle gewählten Einträge in der Vorschau zeigen.</translation>
    </message>
    <message>
        <source>Prune This &amp;Group…</source>
        <translation>Diese &amp;Gruppe bereinigen…</translation>
    </message>
    <message>
        <source>Preview removing every entry of the selected group.</source>
        <translation>Das Entfernen aller Einträge der gewählten Gruppe in der Vorschau zeigen.</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show the entries of every group.</source>
        <translation>Die Einträge aller Gruppen zeigen.</translation>
    </message>
    <message>
        <source>Find in Cache</source>
        <translation>Im Cache suchen</translation>
    </message>
    <message>
        <source>Search the cache&apos;s entries.</source>
        <translation>Die Einträge des Caches durchsuchen.</translation>
    </message>
    <message>
        <source>Click a bar to list that group&apos;s entries.</source>
        <translation>Auf einen Balken klicken, um die Einträge dieser Gruppe aufzulisten.</translation>
    </message>
    <message>
        <source>This folder cannot be shown</source>
        <translation>Dieser Ordner kann nicht gezeigt werden</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheText</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 Tg.</translation>
    </message>
    <message>
        <source>A compiled package (_pkg_.a): what a build action stores and a cache hit reuses.</source>
        <translation>Ein übersetztes Paket (_pkg_.a): was eine build-Aktion speichert und ein Cache-Treffer wiederverwendet.</translation>
    </message>
    <message>
        <source>An object file, or an archive without Go export data.</source>
        <translation>Eine Objektdatei oder ein Archiv ohne Go-Exportdaten.</translation>
    </message>
    <message>
        <source>A linked program that go run or go tool cached.</source>
        <translation>Ein gelinktes Programm, das go run oder go tool gecacht hat.</translation>
    </message>
    <message>
        <source>go vet&apos;s facts about a package (vet.out), reused when packages importing it are vetted.</source>
        <translation>Die Fakten von go vet über ein Paket (vet.out), wiederverwendet, wenn Pakete geprüft werden, die es importieren.</translation>
    </message>
    <message>
        <source>A file cgo generated for a package.</source>
        <translation>Eine Datei, die cgo für ein Paket erzeugt hat.</translation>
    </message>
    <message>
        <source>The list of source files a compile used (srcfiles).</source>
        <translation>Die Liste der Quelldateien, die ein Übersetzen benutzt hat (srcfiles).</translation>
    </message>
    <message>
        <source>What the compiler or linker printed, replayed on a cache hit (mostly empty).</source>
        <translation>Was Compiler oder Linker ausgegeben haben, bei einem Cache-Treffer wiedergegeben (meist leer).</translation>
    </message>
    <message>
        <source>The inputs a test read (environment variables, files): go test checks them again before it replays a result.</source>
        <translation>Die Eingaben, die ein Test gelesen hat (Umgebungsvariablen, Dateien): go test prüft sie erneut, bevor es ein Ergebnis wiedergibt.</translation>
    </message>
    <message>
        <source>A passing test&apos;s output (testResult), which go test replays as (cached).</source>
        <translation>Die Ausgabe eines bestandenen Tests (testResult), die go test als (cached) wiedergibt.</translation>
    </message>
    <message>
        <source>go&apos;s index of a module&apos;s package directories.</source>
        <translation>gos Index der Paketordner eines Moduls.</translation>
    </message>
    <message>
        <source>A preprocessed profile for profile-guided optimization.</source>
        <translation>Ein vorverarbeitetes Profil für profilgesteuerte Optimierung.</translation>
    </message>
    <message>
        <source>An output Kiln cannot identify.</source>
        <translation>Eine Ausgabe, die Kiln nicht erkennt.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CacheViews</name>
    <message>
        <source>Test Cache</source>
        <translation>Test-Cache</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Build-Cache</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>Build-&amp;Cache</translation>
    </message>
    <message>
        <source>Show what is in the Go build cache.</source>
        <translation>Zeigen, was im Go-Build-Cache liegt.</translation>
    </message>
    <message>
        <source>&amp;Test Cache</source>
        <translation>&amp;Test-Cache</translation>
    </message>
    <message>
        <source>Show the test results go test would replay.</source>
        <translation>Die Testergebnisse zeigen, die go test wiedergeben würde.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CommandLine</name>
    <message>
        <source>Kiln shows how the go command builds a module.</source>
        <translation>Kiln zeigt, wie der go-Befehl ein Modul baut.</translation>
    </message>
    <message>
        <source>The module folder to open (default: the last one).</source>
        <translation>Der zu öffnende Modulordner (Vorgabe: der zuletzt geöffnete).</translation>
    </message>
    <message>
        <source>Save the main window to FILE once all work has finished.</source>
        <translation>Speichert das Hauptfenster in DATEI, sobald alle Arbeit erledigt ist.</translation>
    </message>
    <message>
        <source>Exit once all work has finished: status 0 if the module and the toolchain loaded, 1 otherwise.</source>
        <translation>Beendet Kiln, sobald alle Arbeit erledigt ist: Status 0, wenn Modul und Toolchain geladen wurden, sonst 1.</translation>
    </message>
    <message>
        <source>kiln: at most one module folder may be given</source>
        <translation>kiln: höchstens ein Modulordner darf angegeben werden</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Build the target packages once the module has loaded.</source>
        <translation>Baut die Zielpakete, sobald das Modul geladen ist.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Show VIEW once all work has finished: packages, actions, graph, timeline, tests, inspector, console or problems.</source>
        <translation>VIEW zeigen, sobald alle Arbeit erledigt ist: packages, actions, graph, timeline, tests, inspector, console oder problems.</translation>
    </message>
    <message>
        <source>Test the target packages (go test) once the module has loaded.</source>
        <translation>Testet die Zielpakete (go test), sobald das Modul geladen ist.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::CompareBuildsDialog</name>
    <message>
        <source>Compare Builds</source>
        <translation>Builds vergleichen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Inputs changed</source>
        <translation>Eingaben geändert</translation>
    </message>
    <message>
        <source>Same inputs</source>
        <translation>Gleiche Eingaben</translation>
    </message>
    <message>
        <source>Rebuilt in the later build</source>
        <translation>Im späteren Build neu gebaut</translation>
    </message>
    <message>
        <source>Earlier build:</source>
        <translation>Früherer Build:</translation>
    </message>
    <message>
        <source>Later build:</source>
        <translation>Späterer Build:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the build history again.</source>
        <translation>Die Build-Historie erneut lesen.</translation>
    </message>
    <message>
        <source>Reading the build history…</source>
        <translation>Build-Historie wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — %2 (ran %3 of %4)</source>
        <translation>%1 — %2 (%3 von %4 ausgeführt)</translation>
    </message>
    <message numerus="yes">
        <source>The build history has %n build(s) of this module; build again to compare two.</source>
        <translation>
            <numerusform>Die Build-Historie enthält %n Build dieses Moduls; erneut bauen, um zwei zu vergleichen.</numerusform>
            <numerusform>Die Build-Historie enthält %n Builds dieses Moduls; erneut bauen, um zwei zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions: %1 added, %2 removed, %3 with changed inputs, %4 with the same inputs; %5 ran in the later build.</source>
        <translation>Aktionen: %1 hinzugekommen, %2 entfallen, %3 mit geänderten Eingaben, %4 mit gleichen Eingaben; %5 im späteren Build ausgeführt.</translation>
    </message>
    <message>
        <source>Select an action to see its cache key inputs side by side.</source>
        <translation>Eine Aktion wählen, um ihre Cache-Schlüssel-Eingaben nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ConsolePanel</name>
    <message>
        <source>Build output and program output appear here.</source>
        <translation>Hier erscheinen die Ausgaben des Builds und des Programms.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the console.</source>
        <translation>Die Konsole leeren.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::DirectivesModel</name>
    <message>
        <source>indirect: no package of the main module imports this module directly.</source>
        <translation>indirect: Kein Paket des Hauptmoduls importiert dieses Modul direkt.</translation>
    </message>
    <message>
        <source>require: the module needs at least this version of a dependency.</source>
        <translation>require: Das Modul braucht mindestens diese Version einer Abhängigkeit.</translation>
    </message>
    <message>
        <source>replace: use other contents (a version or a directory) for a module.</source>
        <translation>replace: Für ein Modul wird anderer Inhalt verwendet (eine Version oder ein Verzeichnis).</translation>
    </message>
    <message>
        <source>exclude: this version must not be used.</source>
        <translation>exclude: Diese Version darf nicht verwendet werden.</translation>
    </message>
    <message>
        <source>retract: versions of this module that should not be used.</source>
        <translation>retract: Versionen dieses Moduls, die nicht verwendet werden sollen.</translation>
    </message>
    <message>
        <source>godebug: a default GODEBUG setting for the main package.</source>
        <translation>godebug: eine GODEBUG-Voreinstellung für das Hauptpaket.</translation>
    </message>
    <message>
        <source>tool: a package that go tool can run.</source>
        <translation>tool: ein Paket, das go tool ausführen kann.</translation>
    </message>
    <message>
        <source>ignore: a directory go ignores when matching package patterns.</source>
        <translation>ignore: ein Verzeichnis, das go beim Abgleich von Paketmustern übergeht.</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Direktive</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ExportActions</name>
    <message>
        <source>&amp;Chrome Trace…</source>
        <translation>&amp;Chrome-Trace…</translation>
    </message>
    <message>
        <source>Save the last build&apos;s timeline as a Chrome trace (JSON), for Perfetto or chrome://tracing.</source>
        <translation>Die Zeitleiste des letzten Builds als Chrome-Trace (JSON) speichern, für Perfetto oder chrome://tracing.</translation>
    </message>
    <message>
        <source>Export the timeline as a Chrome trace (%1)</source>
        <translation>Die Zeitleiste als Chrome-Trace exportieren (%1)</translation>
    </message>
    <message>
        <source>Export Trace…</source>
        <translation>Trace exportieren…</translation>
    </message>
    <message>
        <source>Export Chrome Trace</source>
        <translation>Chrome-Trace exportieren</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome-Trace (*.json)</translation>
    </message>
    <message>
        <source>Chrome trace written to %1</source>
        <translation>Chrome-Trace nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kiln::gui::FlagEntryModel</name>
    <message>
        <source>go rejects it: %1</source>
        <translation>go lehnt ihn ab: %1</translation>
    </message>
    <message>
        <source>matches no package of the build</source>
        <translation>passt auf kein Paket des Builds</translation>
    </message>
    <message>
        <source>no effect: later entries decide all its packages (%1)</source>
        <translation>wirkungslos: spätere Einträge bestimmen alle seine Pakete (%1)</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>(empty: no flags)</source>
        <translation>(leer: keine Flags)</translation>
    </message>
    <message>
        <source>From GOFLAGS: go applies it before the build settings&apos; entries. Change GOFLAGS in the build settings.</source>
        <translation>Aus GOFLAGS: go wendet ihn vor den Einträgen der Build-Einstellungen an. GOFLAGS lässt sich in den Build-Einstellungen ändern.</translation>
    </message>
    <message>
        <source>No pattern: applies to the packages named on the command line.</source>
        <translation>Kein Muster: gilt für die auf der Kommandozeile genannten Pakete.</translation>
    </message>
    <message>
        <source>Pattern %1: the packages it matches get exactly these flags unless a later entry matches them too.</source>
        <translation>Muster %1: die Pakete, auf die es passt, bekommen genau diese Flags, außer ein späterer Eintrag passt auch auf sie.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>[pattern=]flags</source>
        <translation>[Muster=]Flags</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Trifft</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Bestimmt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>verdeckt</translation>
    </message>
</context>
<context>
    <name>kiln::gui::FlagScopeDock</name>
    <message>
        <source>Flag Scopes</source>
        <translation>Flag-Geltungsbereiche</translation>
    </message>
    <message>
        <source>Flag &amp;Scopes</source>
        <translation>Flag-&amp;Geltungsbereiche</translation>
    </message>
    <message>
        <source>Edit the -gcflags, -asmflags and -ldflags entries and see which packages they reach and what they rebuild.</source>
        <translation>Die Einträge von -gcflags, -asmflags und -ldflags bearbeiten und sehen, welche Pakete sie erreichen und was sie neu bauen.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::FlagScopePanel</name>
    <message>
        <source>Compiler flags: go tool compile, for each package.</source>
        <translation>Compiler-Flags: go tool compile, für jedes Paket.</translation>
    </message>
    <message>
        <source>Assembler flags: go tool asm, for packages with .s files.</source>
        <translation>Assembler-Flags: go tool asm, für Pakete mit .s-Dateien.</translation>
    </message>
    <message>
        <source>Linker flags: go tool link, taken from the main package.</source>
        <translation>Linker-Flags: go tool link, vom main-Paket genommen.</translation>
    </message>
    <message>
        <source>go applies the entries in this order: each package gets the flags of the last entry that matches it. Double-click to edit.</source>
        <translation>go wendet die Einträge in dieser Reihenfolge an: jedes Paket bekommt die Flags des letzten Eintrags, der auf es passt. Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry after the others (Insert)</source>
        <translation>Einen Eintrag nach den anderen hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Den gewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the entry before the previous one: it applies earlier (Ctrl+Up)</source>
        <translation>Den Eintrag vor den vorigen schieben: er gilt früher (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the entry after the next one: it applies later (Ctrl+Down)</source>
        <translation>Den Eintrag hinter den nächsten schieben: er gilt später (Strg+Runter)</translation>
    </message>
    <message>
        <source>Forecast (%1)</source>
        <translation>Vorhersage (%1)</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Packages (%1)</source>
        <translation>Pakete (%1)</translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <source>Only the selected entry&apos;s</source>
        <translation>Nur die des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Show only the packages the selected entry matches; those a later entry decides are greyed.</source>
        <translation>Nur die Pakete zeigen, auf die der gewählte Eintrag passt; die ein späterer Eintrag bestimmt, sind grau.</translation>
    </message>
    <message>
        <source>Double-click: select the package&apos;s build in the graph.</source>
        <translation>Doppelklick: den Build des Pakets im Graphen auswählen.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Double-click: select the action in the graph.</source>
        <translation>Doppelklick: die Aktion im Graphen auswählen.</translation>
    </message>
    <message>
        <source>Copy Command Line</source>
        <translation>Kommandozeile kopieren</translation>
    </message>
    <message>
        <source>Copy the go build command these settings run, quoted for a shell.</source>
        <translation>Den go-build-Befehl dieser Einstellungen kopieren, für eine Shell quotiert.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the entries of the build settings.</source>
        <translation>Zu den Einträgen der Build-Einstellungen zurückkehren.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Use these entries for the next build (saved in the build settings).</source>
        <translation>Diese Einträge für den nächsten Build verwenden (in den Build-Einstellungen gespeichert).</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>%1 of these entries need attention.</source>
        <translation>%1 dieser Einträge brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The forecast needs the module&apos;s packages.</source>
        <translation>Die Vorhersage braucht die Pakete des Moduls.</translation>
    </message>
    <message>
        <source>No change from the build settings: nothing is invalidated.</source>
        <translation>Keine Änderung gegenüber den Build-Einstellungen: nichts wird ungültig.</translation>
    </message>
    <message>
        <source>%1 action IDs change: %2 by their own preimage, %3 through their dependencies; %4 of them links.</source>
        <translation>%1 Aktions-IDs ändern sich: %2 durch ihr eigenes Urbild, %3 über ihre Abhängigkeiten; davon %4 Links.</translation>
    </message>
    <message>
        <source>They took %1 in the last build; %2 have no time (cache hits or not built).</source>
        <translation>Sie brauchten im letzten Build %1; %2 ohne Zeit (Cache-Treffer oder nicht gebaut).</translation>
    </message>
    <message>
        <source>Loading the packages of the build…</source>
        <translation>Lade die Pakete des Builds…</translation>
    </message>
    <message>
        <source>Cannot load the build: %1</source>
        <translation>Der Build kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 packages and %2 actions in the build of %3.</source>
        <translation>%1 Pakete und %2 Aktionen im Build von %3.</translation>
    </message>
    <message>
        <source>Open a module to see its flag scopes.</source>
        <translation>Ein Modul öffnen, um seine Flag-Geltungsbereiche zu sehen.</translation>
    </message>
    <message>
        <source>go would reject an entry: fix it first.</source>
        <translation>go würde einen Eintrag ablehnen: zuerst korrigieren.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ForecastModel</name>
    <message>
        <source>Its action ID hashes the output of %1, which changes.</source>
        <translation>Ihre Aktions-ID hasht die Ausgabe von %1, die sich ändert.</translation>
    </message>
    <message>
        <source>before: %1
after:  %2</source>
        <translation>vorher:  %1
nachher: %2</translation>
    </message>
    <message>
        <source>new action ID: %1</source>
        <translation>neue Aktions-ID: %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>braucht %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>It did not run in the last build (a cache hit, or not part of it): its cost is unknown.</source>
        <translation>Sie lief im letzten Build nicht (Cache-Treffer oder nicht Teil davon): ihre Kosten sind unbekannt.</translation>
    </message>
    <message>
        <source>How long it ran in the last build.</source>
        <translation>Wie lange sie im letzten Build lief.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why its action ID changes</source>
        <translation>Warum sich ihre Aktions-ID ändert</translation>
    </message>
    <message>
        <source>Last build</source>
        <translation>Letzter Build</translation>
    </message>
</context>
<context>
    <name>kiln::gui::GoEnvModel</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Differs from go&apos;s default: go env -changed lists it.</source>
        <translation>Weicht von der Vorgabe von go ab: go env -changed führt sie auf.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Whether the value differs from go&apos;s default.</source>
        <translation>Ob der Wert von der Vorgabe von go abweicht.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::GraphView</name>
    <message>
        <source>Find package…</source>
        <translation>Paket suchen…</translation>
    </message>
    <message>
        <source>Marks the actions whose package contains the text; Enter selects the next one.</source>
        <translation>Markiert die Aktionen, deren Paket den Text enthält; Eingabe wählt die nächste.</translation>
    </message>
    <message>
        <source>Show std</source>
        <translation>std zeigen</translation>
    </message>
    <message>
        <source>Hide std</source>
        <translation>std ausblenden</translation>
    </message>
    <message>
        <source>Collapse std</source>
        <translation>std zusammenfassen</translation>
    </message>
    <message>
        <source>The standard library&apos;s actions: shown, hidden, or drawn as one node.</source>
        <translation>Die Aktionen der Standardbibliothek: gezeigt, ausgeblendet oder als ein Knoten gezeichnet.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Only failed</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>Only rebuilt</source>
        <translation>Nur neu gebaute</translation>
    </message>
    <message>
        <source>Which actions to draw. Hidden actions still connect the ones they lie between.</source>
        <translation>Welche Aktionen gezeichnet werden. Ausgeblendete Aktionen verbinden weiterhin die, zwischen denen sie liegen.</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Marks the longest chain of actions that had to run one after another: more workers cannot make the build faster than it.</source>
        <translation>Markiert die längste Kette von Aktionen, die nacheinander laufen mussten: mehr Worker können den Build nicht schneller machen als sie.</translation>
    </message>
    <message>
        <source>Why here?</source>
        <translation>Warum hier?</translation>
    </message>
    <message>
        <source>Marks every path from the root to the selected action: the imports that bring its package into the build.</source>
        <translation>Markiert jeden Pfad von der Wurzel zur gewählten Aktion: die Importe, die ihr Paket in den Build bringen.</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Marks everything the selected action depends on. Its direct dependencies that the reduced drawing leaves out are dashed.</source>
        <translation>Markiert alles, wovon die gewählte Aktion abhängt. Ihre direkten Abhängigkeiten, die die reduzierte Zeichnung auslässt, sind gestrichelt.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Vergrößern (Strg+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Den ganzen Graphen zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>One pixel per pixel (Ctrl+1)</source>
        <translation>Ein Pixel pro Pixel (Strg+1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>packages: %1</source>
        <translation>Pakete: %1</translation>
    </message>
    <message>
        <source>Laying out the graph (nodes: %1)…</source>
        <translation>Der Graph wird angeordnet (Knoten: %1)…</translation>
    </message>
    <message>
        <source>The layout failed: %1</source>
        <translation>Das Anordnen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Actions shown: %1 of %2, in %3 nodes · %4 edges drawn for %5 dependencies (transitive reduction) · layout %6</source>
        <translation>Gezeigte Aktionen: %1 von %2, in %3 Knoten · %4 Kanten gezeichnet für %5 Abhängigkeiten (transitive Reduktion) · Anordnung %6</translation>
    </message>
    <message>
        <source>Select an action to see this.</source>
        <translation>Wählen Sie eine Aktion, um das zu sehen.</translation>
    </message>
    <message>
        <source>Critical path (actions: %1): %2 of work one after another.</source>
        <translation>Kritischer Pfad (Aktionen: %1): %2 Arbeit nacheinander.</translation>
    </message>
    <message>
        <source>Critical path without timings yet: the longest chain of actions (actions: %1).</source>
        <translation>Kritischer Pfad noch ohne Zeiten: die längste Kette von Aktionen (Aktionen: %1).</translation>
    </message>
    <message>
        <source>Why %1 is here: actions on paths from the root: %2; the shortest path: %3.</source>
        <translation>Warum %1 hier ist: Aktionen auf Pfaden von der Wurzel: %2; der kürzeste Pfad: %3.</translation>
    </message>
    <message>
        <source>Dependencies of %1: %2 (direct: %3). Dashed: direct dependencies the reduced drawing leaves out.</source>
        <translation>Abhängigkeiten von %1: %2 (direkt: %3). Gestrichelt: direkte Abhängigkeiten, die die reduzierte Zeichnung auslässt.</translation>
    </message>
    <message>
        <source>No action graph yet: build to see one.</source>
        <translation>Noch kein Aktionsgraph: bauen Sie, um einen zu sehen.</translation>
    </message>
    <message>
        <source>Matches for “%1”: %2.</source>
        <translation>Treffer für „%1“: %2.</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>On the critical path, a why-here path or in the dependency set (the button above that is on).</source>
        <translation>Auf dem kritischen Pfad, einem Warum-hier-Pfad oder in der Abhängigkeitsmenge (je nachdem, welcher Knopf oben an ist).</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Its package contains the text in the Find field.</source>
        <translation>Ihr Paket enthält den Text aus dem Suchfeld.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>standard library actions: %1</source>
        <translation>Aktionen der Standardbibliothek: %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>Colour: state</source>
        <translation>Farbe: Zustand</translation>
    </message>
    <message>
        <source>Colour: why rebuilt</source>
        <translation>Farbe: warum neu gebaut</translation>
    </message>
    <message>
        <source>Colour the actions by their state, or by why they ran: own input changed, propagated from a dependency, early cutoff … (compared with the previous build in the build history).</source>
        <translation>Färbt die Aktionen nach ihrem Zustand oder danach, warum sie liefen: eigene Eingabe geändert, von einer Abhängigkeit weitergegeben, früher Abbruch … (verglichen mit dem vorigen Build in der Build-Historie).</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
</context>
<context>
    <name>kiln::gui::InspectorPanel</name>
    <message>
        <source>No tool ran for this action.</source>
        <translation>Für diese Aktion lief kein Werkzeug.</translation>
    </message>
    <message>
        <source>This action has no action ID.</source>
        <translation>Diese Aktion hat keine Aktions-ID.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache-Ergebnis:</translation>
    </message>
    <message>
        <source>Objdir:</source>
        <translation>Objektverzeichnis:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Ausgabedatei:</translation>
    </message>
    <message>
        <source>Action ID:</source>
        <translation>Aktions-ID:</translation>
    </message>
    <message>
        <source>Build ID:</source>
        <translation>Build-ID:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Worker-Nummer:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Zeitpunkte:</translation>
    </message>
    <message>
        <source>Tool time:</source>
        <translation>Werkzeugzeit:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Hängt ab von:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Cache Key Inputs</source>
        <translation>Eingaben des Cache-Schlüssels</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>The tool command lines the action ran, as go -x would show them with absolute paths.</source>
        <translation>Die Befehlszeilen der Werkzeuge, die die Aktion ausführte, wie go -x sie mit absoluten Pfaden zeigen würde.</translation>
    </message>
    <message>
        <source>Every line hashed into the action ID (go&apos;s GODEBUG=gocachehash=1 text, without the version salt).</source>
        <translation>Jede Zeile, die in die Aktions-ID gehasht wurde (gos Text unter GODEBUG=gocachehash=1, ohne das Versions-Salz).</translation>
    </message>
    <message>
        <source>Double-click an action to inspect it.</source>
        <translation>Doppelklick auf eine Aktion zeigt sie an.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands or the cache key inputs shown below.</source>
        <translation>Die unten gezeigten Befehle oder Eingaben des Cache-Schlüssels kopieren.</translation>
    </message>
    <message>
        <source>ready %1, start %2, done %3</source>
        <translation>bereit %1, Beginn %2, fertig %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <source>not run on a worker</source>
        <translation>nicht auf einem Worker ausgeführt</translation>
    </message>
    <message>
        <source>When the action became ready, started and was done, counted from the start of the build.</source>
        <translation>Wann die Aktion bereit war, begann und fertig war, gezählt ab dem Beginn des Builds.</translation>
    </message>
    <message>
        <source>no tool ran</source>
        <translation>kein Werkzeug lief</translation>
    </message>
    <message>
        <source>hit: no tool ran</source>
        <translation>Treffer: kein Werkzeug lief</translation>
    </message>
    <message>
        <source>miss: the tools ran and failed</source>
        <translation>kein Treffer: die Werkzeuge liefen und schlugen fehl</translation>
    </message>
    <message>
        <source>miss: the tools ran</source>
        <translation>kein Treffer: die Werkzeuge liefen</translation>
    </message>
    <message>
        <source>not cached: nothing to cache</source>
        <translation>nicht gecacht: nichts zu cachen</translation>
    </message>
    <message>
        <source>miss: nothing ran</source>
        <translation>kein Treffer: nichts lief</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <source>Select an action in the Actions, Graph or Timeline view to inspect it.</source>
        <translation>Wählen Sie eine Aktion in der Aktions-, Graph- oder Zeitleistenansicht, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Why Rebuilt</source>
        <translation>Warum neu gebaut</translation>
    </message>
    <message>
        <source>Why the action ran or hit the cache, and its cache key inputs against the previous build of the module (Kiln&apos;s build history).</source>
        <translation>Warum die Aktion lief oder aus dem Cache kam, und ihre Cache-Schlüssel-Eingaben gegenüber dem vorigen Build des Moduls (Kilns Build-Historie).</translation>
    </message>
</context>
<context>
    <name>kiln::gui::MainWindow</name>
    <message>
        <source>Kiln</source>
        <translation>Kiln</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Go Toolchain</source>
        <translation>Go-Toolchain</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Module…</source>
        <translation>Modul ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a folder that contains go.mod.</source>
        <translation>Einen Ordner öffnen, der eine go.mod enthält.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read go.mod, the packages and go env again.</source>
        <translation>go.mod, die Pakete und go env erneut einlesen.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Packages</source>
        <translation>Pakete &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kiln</source>
        <translation>Ü&amp;ber Kiln</translation>
    </message>
    <message>
        <source>Module: none</source>
        <translation>Modul: keines</translation>
    </message>
    <message>
        <source>Go toolchain: not loaded</source>
        <translation>Go-Toolchain: nicht geladen</translation>
    </message>
    <message>
        <source>Module: loading…</source>
        <translation>Modul: wird geladen…</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>%1 — Kiln</source>
        <translation>%1 — Kiln</translation>
    </message>
    <message>
        <source>Module: cannot be read</source>
        <translation>Modul: nicht lesbar</translation>
    </message>
    <message>
        <source>Go toolchain: %1</source>
        <translation>Go-Toolchain: %1</translation>
    </message>
    <message>
        <source>Go toolchain: not found</source>
        <translation>Go-Toolchain: nicht gefunden</translation>
    </message>
    <message>
        <source>the module has not been loaded</source>
        <translation>das Modul wurde nicht geladen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the Go toolchain has not been loaded</source>
        <translation>die Go-Toolchain wurde nicht geladen</translation>
    </message>
    <message>
        <source>Open Module</source>
        <translation>Modul öffnen</translation>
    </message>
    <message>
        <source>About Kiln</source>
        <translation>Über Kiln</translation>
    </message>
    <message>
        <source>Kiln %1

Shows how the go command builds a module: its packages, actions, cache and timeline.</source>
        <translation>Kiln %1

Zeigt, wie der go-Befehl ein Modul baut: seine Pakete, Aktionen, den Cache und den zeitlichen Ablauf.</translation>
    </message>
    <message>
        <source>Module: %1 (go.mod has errors)</source>
        <translation>Modul: %1 (go.mod enthält Fehler)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Cannot build: %1
</source>
        <translation>Bauen nicht möglich: %1
</translation>
    </message>
    <message>
        <source>This module has no main package to run.
</source>
        <translation>Dieses Modul hat kein main-Paket zum Ausführen.
</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Aktionsgraph</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>Build-&amp;Cache</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testergebnisse</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ModulePanel</name>
    <message>
        <source>Module path:</source>
        <translation>Modulpfad:</translation>
    </message>
    <message>
        <source>Go version:</source>
        <translation>Go-Version:</translation>
    </message>
    <message>
        <source>Suggested toolchain:</source>
        <translation>Empfohlene Toolchain:</translation>
    </message>
    <message>
        <source>Deprecated:</source>
        <translation>Veraltet:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>The module line of go.mod: the prefix of every import path.</source>
        <translation>Die module-Zeile der go.mod: der Anfang jedes Importpfads.</translation>
    </message>
    <message>
        <source>Reading go.mod…</source>
        <translation>go.mod wird gelesen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no go line</source>
        <translation>keine go-Zeile</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>go.mod has no require, replace or exclude directives.</source>
        <translation>go.mod enthält keine require-, replace- oder exclude-Direktiven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>This folder has no go.mod, so it is not a module root. Open the folder that contains go.mod.</source>
        <translation>Dieser Ordner hat keine go.mod und ist daher keine Modulwurzel. Öffnen Sie den Ordner, der die go.mod enthält.</translation>
    </message>
    <message>
        <source>go.mod has errors. Kiln shows what it could read:</source>
        <translation>go.mod enthält Fehler. Kiln zeigt, was es lesen konnte:</translation>
    </message>
    <message>
        <source>Directives in go.mod: %1</source>
        <translation>Direktiven in go.mod: %1</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PackageFlagsModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>No entry matches %1: it gets no flags.</source>
        <translation>Kein Eintrag passt auf %1: es bekommt keine Flags.</translation>
    </message>
    <message>
        <source>Matched by the selected entry, but entry %1 comes later and decides its flags.</source>
        <translation>Der gewählte Eintrag passt, aber Eintrag %1 kommt später und bestimmt seine Flags.</translation>
    </message>
    <message>
        <source>Entry %1 is the last one matching %2.</source>
        <translation>Eintrag %1 ist der letzte, der auf %2 passt.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Effective flags</source>
        <translation>Wirksame Flags</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Bestimmt von</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PackagePanel</name>
    <message>
        <source>Filter packages…</source>
        <translation>Pakete filtern…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <source>No folder of this module holds .go files.</source>
        <translation>Kein Ordner dieses Moduls enthält .go-Dateien.</translation>
    </message>
    <message>
        <source>Packages: %1, commands: %2</source>
        <translation>Pakete: %1, Befehle: %2</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PackageTreeModel</name>
    <message>
        <source>A main package: go build makes an executable of it.</source>
        <translation>Ein main-Paket: go build erzeugt daraus ein ausführbares Programm.</translation>
    </message>
    <message>
        <source>A package other packages import.</source>
        <translation>Ein Paket, das andere Pakete importieren.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Import path</source>
        <translation>Importpfad</translation>
    </message>
    <message>
        <source>Go files</source>
        <translation>Go-Dateien</translation>
    </message>
    <message>
        <source>Test files</source>
        <translation>Testdateien</translation>
    </message>
    <message>
        <source>The name in the package clause of the first Go file.</source>
        <translation>Der Name in der package-Klausel der ersten Go-Datei.</translation>
    </message>
    <message>
        <source>command: a main package, built into an executable.</source>
        <translation>Befehl: ein main-Paket, das zu einem ausführbaren Programm gebaut wird.</translation>
    </message>
    <message>
        <source>.go files that are not tests (before build constraints).</source>
        <translation>.go-Dateien, die keine Tests sind (vor Build-Bedingungen).</translation>
    </message>
    <message>
        <source>_test.go files.</source>
        <translation>_test.go-Dateien.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PreimageDiffModel</name>
    <message>
        <source>Earlier build</source>
        <translation>Früherer Build</translation>
    </message>
    <message>
        <source>Later build</source>
        <translation>Späterer Build</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ProblemModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Where go reported it: file:line:column, relative to the module folder.</source>
        <translation>Wo go es meldete: Datei:Zeile:Spalte, relativ zum Modulordner.</translation>
    </message>
    <message>
        <source>What the compiler, vet, cgo or the linker said (first line; the tooltip has all of it).</source>
        <translation>Was Compiler, vet, cgo oder Linker meldeten (erste Zeile; der Tooltip zeigt alles).</translation>
    </message>
    <message>
        <source>The package whose action failed.</source>
        <translation>Das Paket, dessen Aktion fehlschlug.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ProblemParser</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ProblemsPanel</name>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Voriges Problem</translation>
    </message>
    <message>
        <source>No problems. Errors of a failed build are listed here.</source>
        <translation>Keine Probleme. Die Fehler eines fehlgeschlagenen Builds stehen hier.</translation>
    </message>
    <message>
        <source>Select the next problem and its action.</source>
        <translation>Das nächste Problem und seine Aktion auswählen.</translation>
    </message>
    <message>
        <source>Select the previous problem and its action.</source>
        <translation>Das vorige Problem und seine Aktion auswählen.</translation>
    </message>
    <message>
        <source>Click: select the action. Double-click: show the file at the line.</source>
        <translation>Klick: die Aktion auswählen. Doppelklick: die Datei an der Zeile zeigen.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PruneCriteriaForm</name>
    <message>
        <source>What to prune</source>
        <translation>Was bereinigt wird</translation>
    </message>
    <message>
        <source>Unused for longer than:</source>
        <translation>Unbenutzt seit mehr als:</translation>
    </message>
    <message>
        <source>go&apos;s own rule: an entry unused for 5 days (plus the hour go may be late in noting a use) is trimmed</source>
        <translation>gos eigene Regel: ein Eintrag, der 5 Tage unbenutzt ist (plus die Stunde, die go eine Benutzung verspätet notieren kann), wird entfernt</translation>
    </message>
    <message>
        <source>A duration such as 5d1h (go&apos;s own rule), 36h, 90m or 2w.</source>
        <translation>Eine Dauer wie 5d1h (gos eigene Regel), 36h, 90m oder 2w.</translation>
    </message>
    <message>
        <source>Total size at most:</source>
        <translation>Gesamtgröße höchstens:</translation>
    </message>
    <message>
        <source>A size such as 500M or 2G; the least recently used entries go first.</source>
        <translation>Eine Größe wie 500M oder 2G; die am längsten unbenutzten Einträge gehen zuerst.</translation>
    </message>
    <message>
        <source>any package, or a pattern such as example.com/m/...</source>
        <translation>jedes Paket, oder ein Muster wie example.com/m/...</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>A version such as go1.25.12, or go1.24 for every go1.24.x.</source>
        <translation>Eine Version wie go1.25.12, oder go1.24 für jedes go1.24.x.</translation>
    </message>
    <message>
        <source>Toolchain:</source>
        <translation>Go-Toolchain:</translation>
    </message>
    <message>
        <source>Only the entries selected in the table</source>
        <translation>Nur die in der Tabelle gewählten Einträge</translation>
    </message>
    <message>
        <source>Force: also remove entries used within the last hour</source>
        <translation>Erzwingen: auch Einträge entfernen, die in der letzten Stunde benutzt wurden</translation>
    </message>
    <message>
        <source>go notes a use at most once an hour, so a build may be using such an entry right now.</source>
        <translation>go notiert eine Benutzung höchstens einmal pro Stunde, daher kann ein Build einen solchen Eintrag gerade benutzen.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Only the %1 entries selected in the table</source>
        <translation>Nur die %1 in der Tabelle gewählten Einträge</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PruneDialog</name>
    <message>
        <source>Prune Cache</source>
        <translation>Cache bereinigen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Remove the entries the preview lists, in the background.</source>
        <translation>Die Einträge der Vorschau im Hintergrund entfernen.</translation>
    </message>
    <message>
        <source>Preview (a dry run: nothing has been deleted)</source>
        <translation>Vorschau (ein Probelauf: nichts wurde gelöscht)</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Die Vorschau wird berechnet…</translation>
    </message>
    <message>
        <source>Would remove %1 entries (%2). Keeps %3 entries (%4); the cache goes from %5 to %6.</source>
        <translation>Würde %1 Einträge entfernen (%2). Behält %3 Einträge (%4); der Cache geht von %5 auf %6.</translation>
    </message>
    <message>
        <source>Kept because used within the last hour: %1 entries (%2). Force removes them too.</source>
        <translation>Behalten, weil in der letzten Stunde benutzt: %1 Einträge (%2). Erzwingen entfernt auch sie.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::PrunePreviewModel</name>
    <message>
        <source>Used within the last hour: a build may be using it now. Force removes it.</source>
        <translation>In der letzten Stunde benutzt: ein Build benutzt ihn vielleicht gerade. Erzwingen entfernt ihn.</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>keep: used within the hour</source>
        <translation>behalten: in der letzten Stunde benutzt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
</context>
<context>
    <name>kiln::gui::RebuildExplainer</name>
    <message>
        <source>No Go toolchain was found.</source>
        <translation>Es wurde keine Go-Toolchain gefunden.</translation>
    </message>
    <message>
        <source>GOCACHE is off: there is no build history.</source>
        <translation>GOCACHE ist aus: Es gibt keine Build-Historie.</translation>
    </message>
    <message>
        <source>The build history in %1 has no record of this build.</source>
        <translation>Die Build-Historie in %1 enthält diesen Build nicht.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::RebuildReasonView</name>
    <message>
        <source>Compared with the build of %1.</source>
        <translation>Verglichen mit dem Build vom %1.</translation>
    </message>
    <message>
        <source>Dependencies rebuilt to the same content ID: %1</source>
        <translation>Abhängigkeiten, neu gebaut mit gleicher Inhalts-ID: %1</translation>
    </message>
    <message>
        <source>Dependencies with new content IDs: %1</source>
        <translation>Abhängigkeiten mit neuen Inhalts-IDs: %1</translation>
    </message>
    <message>
        <source>Root causes: %1</source>
        <translation>Ursprünge: %1</translation>
    </message>
    <message>
        <source>Cache key inputs against the previous build:</source>
        <translation>Cache-Schlüssel-Eingaben gegenüber dem vorigen Build:</translation>
    </message>
</context>
<context>
    <name>kiln::gui::RebuildStyle</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>own input</source>
        <translation>eigene Eingabe</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>weitergegeben</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>nicht im Cache</translation>
    </message>
    <message>
        <source>early cutoff</source>
        <translation>früher Abbruch</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Ran; no earlier build of this module recorded this action.</source>
        <translation>Lief; kein früherer Build dieses Moduls hat diese Aktion verzeichnet.</translation>
    </message>
    <message>
        <source>Ran because an input of its own changed: a file, a flag, the toolchain, the environment or a build tag.</source>
        <translation>Lief, weil sich eine eigene Eingabe änderte: eine Datei, ein Flag, die Toolchain, die Umgebung oder ein Build-Tag.</translation>
    </message>
    <message>
        <source>Ran only because dependencies were rebuilt with new content IDs.</source>
        <translation>Lief nur, weil Abhängigkeiten mit neuen Inhalts-IDs neu gebaut wurden.</translation>
    </message>
    <message>
        <source>Ran with the same inputs as last time: its result was not in the cache (trimmed or removed, -a, or not cached by go).</source>
        <translation>Lief mit denselben Eingaben wie zuletzt: Ihr Ergebnis war nicht im Cache (gekürzt oder entfernt, -a, oder von go nicht gecacht).</translation>
    </message>
    <message>
        <source>Cache hit although a dependency was rebuilt: the dependency&apos;s content ID did not change, so the change stopped here.</source>
        <translation>Cache-Treffer, obwohl eine Abhängigkeit neu gebaut wurde: Deren Inhalts-ID blieb gleich, also endete die Änderung hier.</translation>
    </message>
    <message>
        <source>Cache hit although its inputs differ from the previous build: an older build&apos;s result was still cached.</source>
        <translation>Cache-Treffer, obwohl sich die Eingaben vom vorigen Build unterscheiden: Das Ergebnis eines älteren Builds war noch im Cache.</translation>
    </message>
    <message>
        <source>Cache hit; nothing it depends on changed.</source>
        <translation>Cache-Treffer; nichts, wovon sie abhängt, hat sich geändert.</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>kein Grund</translation>
    </message>
    <message>
        <source>Not explained: the action has no action ID (nop, install, vet), or the build history has no record of this build yet.</source>
        <translation>Nicht erklärt: Die Aktion hat keine Aktions-ID (nop, install, vet), oder die Build-Historie enthält diesen Build noch nicht.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>toolchain</source>
        <translation>Toolchain</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>build tag</source>
        <translation>Build-Tag</translation>
    </message>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kiln::gui::RebuildViews</name>
    <message>
        <source>Compare two recorded builds of the module: actions added, removed, rebuilt, and their cache key inputs side by side.</source>
        <translation>Zwei verzeichnete Builds des Moduls vergleichen: hinzugekommene, entfallene und neu gebaute Aktionen und ihre Cache-Schlüssel-Eingaben nebeneinander.</translation>
    </message>
    <message>
        <source>Com&amp;pare Builds…</source>
        <translation>Builds &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>kiln::gui::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent modules</source>
        <translation>Keine zuletzt geöffneten Module</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>kiln::gui::SizeChart</name>
    <message numerus="yes">
        <source>… %n more (%1)</source>
        <translation>
            <numerusform>… %n weitere (%1)</numerusform>
            <numerusform>… %n weitere (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiln::gui::SourceViewer</name>
    <message>
        <source>%1 — Kiln</source>
        <translation>%1 — Kiln</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Open the file in the desktop&apos;s editor for its type.</source>
        <translation>Die Datei im Editor öffnen, den der Desktop für ihren Typ vorsieht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TestCacheModel</name>
    <message>
        <source>inputs: %1 env, %2 files</source>
        <translation>Eingaben: %1 Umgebung, %2 Dateien</translation>
    </message>
    <message>
        <source>expired by go clean -testcache</source>
        <translation>abgelaufen durch go clean -testcache</translation>
    </message>
    <message>
        <source>not replayed: %1</source>
        <translation>nicht wiedergegeben: %1</translation>
    </message>
    <message>
        <source>replayed as (cached)</source>
        <translation>wiedergegeben als (cached)</translation>
    </message>
    <message>
        <source>A test log is stored under a hash of the test binary and its arguments; it does not name its package, and neither Kiln&apos;s record nor the open module&apos;s prediction knows it.</source>
        <translation>Ein Testprotokoll liegt unter einem Hash der Testdatei und ihrer Argumente; es nennt sein Paket nicht, und weder Kilns Aufzeichnung noch die Vorhersage des offenen Moduls kennt es.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TestCachePanel</name>
    <message>
        <source>Next go test</source>
        <translation>Nächster go test</translation>
    </message>
    <message>
        <source>Cached results</source>
        <translation>Gespeicherte Ergebnisse</translation>
    </message>
    <message>
        <source>Clear &amp;Test Cache…</source>
        <translation>Test-Cache &amp;leeren…</translation>
    </message>
    <message>
        <source>Select a result to see what go test replays for it.</source>
        <translation>Ein Ergebnis wählen, um zu sehen, was go test dafür wiedergibt.</translation>
    </message>
    <message>
        <source>go clean -testcache: go test runs every test again next time; nothing is deleted.</source>
        <translation>go clean -testcache: go test führt beim nächsten Mal jeden Test erneut aus; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Clear Test Cache…</source>
        <translation>Test-Cache leeren…</translation>
    </message>
    <message>
        <source>go clean -testcache failed: %1</source>
        <translation>go clean -testcache fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No cache scanned.</source>
        <translation>Kein Cache eingelesen.</translation>
    </message>
    <message>
        <source>Reading the test results…</source>
        <translation>Die Testergebnisse werden gelesen…</translation>
    </message>
    <message>
        <source>%1 test results (%2 expired), %3 test logs</source>
        <translation>%1 Testergebnisse (%2 abgelaufen), %3 Testprotokolle</translation>
    </message>
    <message>
        <source> · go clean -testcache last run %1</source>
        <translation> · go clean -testcache zuletzt am %1</translation>
    </message>
    <message>
        <source># The inputs go test checks before it replays a result:
</source>
        <translation># Die Eingaben, die go test prüft, bevor es ein Ergebnis wiedergibt:
</translation>
    </message>
    <message>
        <source>Clear Test Cache</source>
        <translation>Test-Cache leeren</translation>
    </message>
    <message>
        <source>Clear the test cache of %1?</source>
        <translation>Den Test-Cache von %1 leeren?</translation>
    </message>
    <message>
        <source>This is go clean -testcache: nothing is deleted. Kiln writes the current time to testexpire.txt in the cache, as go does, and go test (and Kiln) no longer replay any result saved before it: the next go test runs every test again.</source>
        <translation>Das ist go clean -testcache: nichts wird gelöscht. Kiln schreibt die aktuelle Zeit in testexpire.txt im Cache, wie go es tut, und go test (und Kiln) geben kein Ergebnis mehr wieder, das davor gespeichert wurde: der nächste go test führt jeden Test erneut aus.</translation>
    </message>
    <message>
        <source>&amp;Invalidate Selected</source>
        <translation>Auswahl &amp;invalidieren</translation>
    </message>
    <message>
        <source>Remove the selected packages&apos; saved test results from the cache: the next go test runs exactly those again.</source>
        <translation>Die gespeicherten Testergebnisse der gewählten Pakete aus dem Cache entfernen: der nächste go test führt genau diese erneut aus.</translation>
    </message>
    <message>
        <source>Invalidate Selected</source>
        <translation>Auswahl invalidieren</translation>
    </message>
    <message numerus="yes">
        <source>Invalidated: %n cache entries removed.</source>
        <translation>
            <numerusform>Invalidiert: %n Cache-Eintrag entfernt.</numerusform>
            <numerusform>Invalidiert: %n Cache-Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalidating failed: %1</source>
        <translation>Invalidieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Predicting the next go test…</source>
        <translation>Der nächste go test wird vorhergesagt…</translation>
    </message>
    <message>
        <source>No prediction: %1</source>
        <translation>Keine Vorhersage: %1</translation>
    </message>
    <message>
        <source>Open a module to see what its next go test replays.</source>
        <translation>Ein Modul öffnen, um zu sehen, was sein nächster go test wiedergibt.</translation>
    </message>
    <message>
        <source>Next go test: %1 cached, %2 will re-run, %3 without test files (GOCACHE %4)</source>
        <translation>Nächster go test: %1 aus dem Cache, %2 laufen erneut, %3 ohne Testdateien (GOCACHE %4)</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TestCachePredictionModel</name>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>will re-run</source>
        <translation>läuft erneut</translation>
    </message>
    <message>
        <source>no test files</source>
        <translation>keine Testdateien</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cannot tell: %1</source>
        <translation>nicht feststellbar: %1</translation>
    </message>
    <message>
        <source>setup failed: %1</source>
        <translation>Einrichtung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>source changed (%1 must be rebuilt)</source>
        <translation>Quelltext geändert (%1 muss neu gebaut werden)</translation>
    </message>
    <message>
        <source>-a rebuilds everything</source>
        <translation>-a baut alles neu</translation>
    </message>
    <message>
        <source>not cacheable (%1)</source>
        <translation>nicht cachebar (%1)</translation>
    </message>
    <message>
        <source>no cached result for this test binary and flags</source>
        <translation>kein gespeichertes Ergebnis für diese Testdatei und diese Flags</translation>
    </message>
    <message>
        <source>file %1 was modified less than 2 s ago</source>
        <translation>Datei %1 wurde vor weniger als 2 s geändert</translation>
    </message>
    <message>
        <source>environment variable %1 changed</source>
        <translation>Umgebungsvariable %1 geändert</translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation>Datei %1 geändert</translation>
    </message>
    <message>
        <source>an input changed (environment or file; go does not record which)</source>
        <translation>eine Eingabe hat sich geändert (Umgebung oder Datei; go hält nicht fest, welche)</translation>
    </message>
    <message>
        <source>the saved result was removed</source>
        <translation>das gespeicherte Ergebnis wurde entfernt</translation>
    </message>
    <message>
        <source>expired by go clean -testcache</source>
        <translation>abgelaufen durch go clean -testcache</translation>
    </message>
    <message>
        <source>%1: go checks only its size and modification time, not its contents</source>
        <translation>%1: go prüft nur Größe und Änderungszeit, nicht den Inhalt</translation>
    </message>
    <message>
        <source>%1: go checks the directory listing, not what the files hold</source>
        <translation>%1: go prüft die Verzeichnisliste, nicht den Inhalt der Dateien</translation>
    </message>
    <message>
        <source>%1: outside the module, go does not check it at all</source>
        <translation>%1: außerhalb des Moduls, go prüft sie gar nicht</translation>
    </message>
    <message>
        <source>%1: modified less than 2 s ago; go re-runs and saves nothing until it is older</source>
        <translation>%1: vor weniger als 2 s geändert; go führt erneut aus und speichert nichts, bis sie älter ist</translation>
    </message>
    <message>
        <source>an environment variable is read before the test log starts (init, TestMain or a package variable); go cannot see it</source>
        <translation>eine Umgebungsvariable wird gelesen, bevor das Testprotokoll beginnt (init, TestMain oder eine Paketvariable); go sieht sie nicht</translation>
    </message>
    <message>
        <source>environment variable %1 is read before the test log starts (init, TestMain or a package variable); go cannot see it</source>
        <translation>Umgebungsvariable %1 wird gelesen, bevor das Testprotokoll beginnt (init, TestMain oder eine Paketvariable); go sieht sie nicht</translation>
    </message>
    <message>
        <source>os.Environ is not logged: go cannot see which variables the test used</source>
        <translation>os.Environ wird nicht protokolliert: go sieht nicht, welche Variablen der Test verwendet hat</translation>
    </message>
    <message>
        <source>go (GODEBUG=gocachetest=1): %1</source>
        <translation>go (GODEBUG=gocachetest=1): %1</translation>
    </message>
    <message>
        <source>What go cannot see:</source>
        <translation>Was go nicht sieht:</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Next go test</source>
        <translation>Nächster go test</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Blind spots</source>
        <translation>Tote Winkel</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TimelineCanvas</name>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Worker %1, start +%2</source>
        <translation>Worker %1, Beginn +%2</translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>Tool time: %1</source>
        <translation>Werkzeugzeit: %1</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TimelineView</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show less time, in more detail (Ctrl+wheel).</source>
        <translation>Weniger Zeit zeigen, dafür genauer (Strg+Mausrad).</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show more time (Ctrl+wheel).</source>
        <translation>Mehr Zeit zeigen (Strg+Mausrad).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole build.</source>
        <translation>Den ganzen Build zeigen.</translation>
    </message>
    <message>
        <source>build</source>
        <translation>build</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>install</source>
        <translation>install</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Critical Path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Outline the longest chain of actions that had to run one after another (Ctrl+Shift+C).</source>
        <translation>Die längste Kette von Aktionen umranden, die nacheinander laufen mussten (Strg+Umschalt+C).</translation>
    </message>
    <message>
        <source>Critical path: none yet (no action has finished).</source>
        <translation>Kritischer Pfad: noch keiner (keine Aktion ist fertig).</translation>
    </message>
    <message>
        <source>Critical path (actions: %1): %2 of work one after another: %3</source>
        <translation>Kritischer Pfad (Aktionen: %1): %2 Arbeit nacheinander: %3</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>The longest chain of actions that had to run one after another: more workers cannot make the build faster than it.</source>
        <translation>Die längste Kette von Aktionen, die nacheinander laufen mussten: mehr Worker machen den Build nicht schneller als sie.</translation>
    </message>
    <message>
        <source>vet</source>
        <translation>vet</translation>
    </message>
    <message>
        <source>test run</source>
        <translation>test run</translation>
    </message>
    <message>
        <source>nop, go build, go test, test clean and print, built-in package: bookkeeping actions that run no tool.</source>
        <translation>nop, go build, go test, test clean und print, built-in package: Verwaltungsaktionen, die kein Werkzeug ausführen.</translation>
    </message>
</context>
<context>
    <name>kiln::gui::ToolchainPanel</name>
    <message>
        <source>the GOROOT setting</source>
        <translation>die GOROOT-Einstellung</translation>
    </message>
    <message>
        <source>$GOROOT</source>
        <translation>$GOROOT aus der Umgebung</translation>
    </message>
    <message>
        <source>go on PATH</source>
        <translation>go im PATH</translation>
    </message>
    <message>
        <source>the Debian golang-1.25-go package</source>
        <translation>das Debian-Paket golang-1.25-go</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <source>GOROOT:</source>
        <translation>GOROOT:</translation>
    </message>
    <message>
        <source>Go version:</source>
        <translation>Go-Version:</translation>
    </message>
    <message>
        <source>Found via:</source>
        <translation>Gefunden über:</translation>
    </message>
    <message>
        <source>go command:</source>
        <translation>go-Befehl:</translation>
    </message>
    <message>
        <source>Filter variables…</source>
        <translation>Variablen filtern…</translation>
    </message>
    <message>
        <source>Show only the variables that differ from go&apos;s defaults.</source>
        <translation>Nur die Variablen zeigen, die von den Vorgaben von go abweichen.</translation>
    </message>
    <message>
        <source>Looking for Go…</source>
        <translation>Go wird gesucht…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>No Go toolchain found. Kiln needs Go 1.25 to show go env and to build.</source>
        <translation>Keine Go-Toolchain gefunden. Kiln braucht Go 1.25, um go env zu zeigen und zu bauen.</translation>
    </message>
    <message>
        <source>go env could not be computed.</source>
        <translation>go env konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Variables: %1, changed: %2</source>
        <translation>Variablen: %1, geändert: %2</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TestResultsModel</name>
    <message>
        <source>no tests to run</source>
        <translation>keine Tests auszuführen</translation>
    </message>
    <message>
        <source>build failed</source>
        <translation>Build fehlgeschlagen</translation>
    </message>
    <message>
        <source>setup failed</source>
        <translation>Vorbereitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>ok (cached)</source>
        <translation>ok (cached)</translation>
    </message>
    <message>
        <source>no test files</source>
        <translation>keine Testdateien</translation>
    </message>
    <message>
        <source>Still running, or its result has not arrived yet.</source>
        <translation>Läuft noch, oder sein Ergebnis ist noch nicht da.</translation>
    </message>
    <message>
        <source>Passed: the test binary ran and every test passed.</source>
        <translation>Bestanden: Die Testdatei lief, und jeder Test hat bestanden.</translation>
    </message>
    <message>
        <source>Failed: a test failed, the binary crashed, or the package did not build.</source>
        <translation>Fehlgeschlagen: Ein Test schlug fehl, die Testdatei stürzte ab, oder das Paket ließ sich nicht bauen.</translation>
    </message>
    <message>
        <source>Skipped: the test called t.Skip, or the package had nothing to run.</source>
        <translation>Übersprungen: Der Test rief t.Skip auf, oder das Paket hatte nichts auszuführen.</translation>
    </message>
    <message>
        <source>Passed earlier with the same test binary, arguments, environment and files: go replayed the saved output instead of running the tests (&quot;(cached)&quot;).</source>
        <translation>Früher mit derselben Testdatei, denselben Argumenten, derselben Umgebung und denselben Dateien bestanden: go gab die gespeicherte Ausgabe wieder, statt die Tests auszuführen („(cached)“).</translation>
    </message>
    <message>
        <source>The package has no _test.go files (&quot;[no test files]&quot;).</source>
        <translation>Das Paket hat keine _test.go-Dateien („[no test files]“).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Package / test</source>
        <translation>Paket / Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TestSettingsGroup</name>
    <message>
        <source>Test (go test)</source>
        <translation>Testen (go test)</translation>
    </message>
    <message>
        <source>Tell long tests to shorten their run (-short)</source>
        <translation>Lange Tests bitten, sich kurz zu fassen (-short)</translation>
    </message>
    <message>
        <source>Run the tests even when a cached result exists (-count=1)</source>
        <translation>Die Tests auch dann ausführen, wenn ein Ergebnis im Cache liegt (-count=1)</translation>
    </message>
    <message>
        <source>List every test and its output, passing ones too (-v)</source>
        <translation>Jeden Test und seine Ausgabe zeigen, auch bestandene (-v)</translation>
    </message>
    <message>
        <source>Do not run go vet before the tests (-vet=off)</source>
        <translation>Vor den Tests kein go vet ausführen (-vet=off)</translation>
    </message>
    <message>
        <source>every test, e.g. ^TestParse$</source>
        <translation>jeder Test, z. B. ^TestParse$</translation>
    </message>
    <message>
        <source>Run only the tests whose names match this regular expression (-run).</source>
        <translation>Nur die Tests ausführen, deren Namen zu diesem regulären Ausdruck passen (-run).</translation>
    </message>
    <message>
        <source>go replays a passing result when the test binary, its arguments, the environment variables and files it read are unchanged; -count=1 turns that off.</source>
        <translation>go gibt ein bestandenes Ergebnis wieder, wenn Testdatei, Argumente und die gelesenen Umgebungsvariablen und Dateien unverändert sind; -count=1 schaltet das ab.</translation>
    </message>
    <message>
        <source>Without -v, go test shows only failing tests; the Tests panel then lists only those.</source>
        <translation>Ohne -v zeigt go test nur fehlgeschlagene Tests; die Testansicht listet dann nur diese.</translation>
    </message>
    <message>
        <source>10m (go&apos;s default)</source>
        <translation>10m (Vorgabe von go)</translation>
    </message>
    <message>
        <source>Fail a test binary that runs longer than this (-timeout), as go writes durations: 30s, 5m, 1h30m.</source>
        <translation>Eine Testdatei scheitern lassen, die länger läuft (-timeout), Dauer so geschrieben wie bei go: 30s, 5m, 1h30m.</translation>
    </message>
    <message>
        <source>Tests to run (-run):</source>
        <translation>Auszuführende Tests (-run):</translation>
    </message>
    <message>
        <source>Timeout (-timeout):</source>
        <translation>Zeitlimit (-timeout):</translation>
    </message>
    <message>
        <source>go test flags:</source>
        <translation>Flags für go test:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>kiln::gui::TestsPanel</name>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Select a package or a test to see its output. Passing tests are listed with -v (Build Settings).</source>
        <translation>Ein Paket oder einen Test auswählen, um seine Ausgabe zu sehen. Bestandene Tests werden mit -v aufgeführt (Build-Einstellungen).</translation>
    </message>
    <message>
        <source>Show only the packages and tests that failed.</source>
        <translation>Nur die fehlgeschlagenen Pakete und Tests zeigen.</translation>
    </message>
    <message>
        <source>No test run yet. Test (Ctrl+T) runs go test on the target packages.</source>
        <translation>Noch kein Testlauf. Testen (Strg+T) führt go test für die Zielpakete aus.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>Stopped before the tests ran.</source>
        <translation>Gestoppt, bevor die Tests liefen.</translation>
    </message>
    <message>
        <source>go test could not start: %1</source>
        <translation>go test konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Gestoppt. %1</translation>
    </message>
    <message>
        <source>packages ok: %1 (cached: %2)</source>
        <translation>Pakete ok: %1 (aus dem Cache: %2)</translation>
    </message>
    <message>
        <source>packages ok: %1</source>
        <translation>Pakete ok: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>without tests: %1</source>
        <translation>ohne Tests: %1</translation>
    </message>
    <message>
        <source>tests: %1 passed, %2 failed, %3 skipped</source>
        <translation>Tests: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
</context>
</TS>
