#include "load/listjson.h"

#include "base/gojson.h"

namespace kiln::load
{

namespace
{

void writeModule(GoJson &j, const ModuleInfo &m)
{
    j.beginObject();
    j.stringField("Path", m.path);
    j.stringField("Version", m.version);
    if (m.replace) {
        j.key("Replace");
        writeModule(j, *m.replace);
    }
    j.stringField("Time", m.time);
    j.boolField("Main", m.main);
    j.boolField("Indirect", m.indirect);
    j.stringField("Dir", m.dir);
    j.stringField("GoMod", m.goMod);
    j.stringField("GoVersion", m.goVersion);
    if (!m.error.isEmpty()) {
        j.key("Error");
        j.beginObject();
        j.key("Err");
        j.string(m.error);
        j.endObject();
    }
    j.stringField("Sum", m.sum);
    j.stringField("GoModSum", m.goModSum);
    j.endObject();
}

void writeError(GoJson &j, const PackageError &e)
{
    j.beginObject();
    j.listFieldAlways("ImportStack", e.importStack);
    j.key("Pos");
    j.string(e.pos);
    j.key("Err");
    j.string(e.err);
    j.endObject();
}

void writeFiles(GoJson &j, const Package &p)
{
    j.listField("GoFiles", p.goFiles);
    j.listField("CgoFiles", p.cgoFiles);
    j.listField("CompiledGoFiles", p.compiledGoFiles);
    j.listField("IgnoredGoFiles", p.ignoredGoFiles);
    j.listField("InvalidGoFiles", p.invalidGoFiles);
    j.listField("IgnoredOtherFiles", p.ignoredOtherFiles);
    j.listField("CFiles", p.cFiles);
    j.listField("CXXFiles", p.cxxFiles);
    j.listField("MFiles", p.mFiles);
    j.listField("HFiles", p.hFiles);
    j.listField("FFiles", p.fFiles);
    j.listField("SFiles", p.sFiles);
    j.listField("SwigFiles", p.swigFiles);
    j.listField("SwigCXXFiles", p.swigCXXFiles);
    j.listField("SysoFiles", p.sysoFiles);
    j.listField("EmbedPatterns", p.embedPatterns);
    j.listField("EmbedFiles", p.embedFiles);
    j.listField("CgoCFLAGS", p.cgoCFLAGS);
    j.listField("CgoCPPFLAGS", p.cgoCPPFLAGS);
    j.listField("CgoCXXFLAGS", p.cgoCXXFLAGS);
    j.listField("CgoFFLAGS", p.cgoFFLAGS);
    j.listField("CgoLDFLAGS", p.cgoLDFLAGS);
    j.listField("CgoPkgConfig", p.cgoPkgConfig);
}

void writeDeps(GoJson &j, const Package &p)
{
    j.listField("Imports", p.imports);
    if (!p.importMap.isEmpty()) {
        j.key("ImportMap");
        j.beginObject();
        for (auto it = p.importMap.begin(); it != p.importMap.end(); ++it) {
            j.key(it.key().toUtf8().constData());
            j.string(it.value());
        }
        j.endObject();
    }
    j.listField("Deps", p.deps);
    if (p.error) {
        j.key("Error");
        writeError(j, *p.error);
    }
    if (!p.depsErrors.isEmpty()) {
        j.key("DepsErrors");
        j.beginArray();
        for (const PackageError &e : p.depsErrors)
            writeError(j, e);
        j.endArray();
    }
}

void writeTests(GoJson &j, const Package &p)
{
    j.listField("TestGoFiles", p.testGoFiles);
    j.listField("TestImports", p.testImports);
    j.listField("TestEmbedPatterns", p.testEmbedPatterns);
    j.listField("TestEmbedFiles", p.testEmbedFiles);
    j.listField("XTestGoFiles", p.xtestGoFiles);
    j.listField("XTestImports", p.xtestImports);
    j.listField("XTestEmbedPatterns", p.xtestEmbedPatterns);
    j.listField("XTestEmbedFiles", p.xtestEmbedFiles);
}

} // namespace

QByteArray packageJson(const Package &p)
{
    GoJson j;
    j.beginObject();
    j.stringField("Dir", p.dir);
    j.stringField("ImportPath", p.importPath);
    j.stringField("ImportComment", p.importComment);
    j.stringField("Name", p.name);
    j.stringField("Doc", p.doc);
    j.stringField("Target", p.target);
    j.stringField("Root", p.root);
    j.stringField("ConflictDir", p.conflictDir);
    j.stringField("ForTest", p.forTest);
    if (p.module) {
        j.key("Module");
        writeModule(j, *p.module);
    }
    j.listField("Match", p.match);
    j.boolField("Goroot", p.goroot);
    j.boolField("Standard", p.standard);
    j.boolField("DepOnly", p.depOnly);
    j.boolField("BinaryOnly", p.binaryOnly);
    j.boolField("Incomplete", p.incomplete);
    j.stringField("DefaultGODEBUG", p.defaultGODEBUG);
    writeFiles(j, p);
    writeDeps(j, p);
    writeTests(j, p);
    j.endObject();
    return j.take();
}

QByteArray moduleJson(const ModuleInfo &m)
{
    GoJson j;
    writeModule(j, m);
    return j.take();
}

} // namespace kiln::load
