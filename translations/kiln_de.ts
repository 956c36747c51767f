<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
</TS>
