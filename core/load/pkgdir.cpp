#include "load/pkgdir.h"

#include "load/dirfiles.h"
#include "load/docsynopsis.h"

namespace kiln::load
{

namespace
{

QList<SourcePos> toSourcePos(const QList<FilePos> &list)
{
    QList<SourcePos> out;
    for (const FilePos &p : list)
        out.append({p.file, p.line, p.column});
    return out;
}

QMap<QString, QList<SourcePos>> toSourcePos(const QMap<QString, QList<FilePos>> &m)
{
    QMap<QString, QList<SourcePos>> out;
    for (auto it = m.begin(); it != m.end(); ++it)
        out.insert(it.key(), toSourcePos(it.value()));
    return out;
}

void copyFiles(const DirFiles &d, Package &p)
{
    p.dir = d.dir;
    p.name = d.name;
    p.binaryOnly = d.binaryOnly;
    p.goFiles = d.goFiles;
    p.cgoFiles = d.cgoFiles;
    p.ignoredGoFiles = d.ignoredGoFiles;
    p.invalidGoFiles = d.invalidGoFiles;
    p.ignoredOtherFiles = d.ignoredOtherFiles;
    p.cFiles = d.cFiles;
    p.cxxFiles = d.cxxFiles;
    p.mFiles = d.mFiles;
    p.hFiles = d.hFiles;
    p.fFiles = d.fFiles;
    p.sFiles = d.sFiles;
    p.swigFiles = d.swigFiles;
    p.swigCXXFiles = d.swigCxxFiles;
    p.sysoFiles = d.sysoFiles;
    p.testGoFiles = d.testGoFiles;
    p.xtestGoFiles = d.xtestGoFiles;
    p.cgoCFLAGS = d.cgo.cflags;
    p.cgoCPPFLAGS = d.cgo.cppflags;
    p.cgoCXXFLAGS = d.cgo.cxxflags;
    p.cgoFFLAGS = d.cgo.fflags;
    p.cgoLDFLAGS = d.cgo.ldflags;
    p.cgoPkgConfig = d.cgo.pkgConfig;
    p.imports = d.imports;
    p.rawImports = d.imports;
    p.testImports = d.testImports;
    p.xtestImports = d.xtestImports;
    p.importPos = toSourcePos(d.importPos);
    p.testImportPos = toSourcePos(d.testImportPos);
    p.xtestImportPos = toSourcePos(d.xtestImportPos);
    p.embedPatterns = d.embedPatterns;
    p.testEmbedPatterns = d.testEmbedPatterns;
    p.xtestEmbedPatterns = d.xtestEmbedPatterns;
    p.embedPatternPos = toSourcePos(d.embedPatternPos);
}

// load.NoGoError's wording, which is more specific than go/build's.
QString noGoMessage(const Package &p)
{
    if (!p.ignoredGoFiles.isEmpty())
        return QStringLiteral("build constraints exclude all Go files in ") + p.dir;
    if (!p.testGoFiles.isEmpty() || !p.xtestGoFiles.isEmpty())
        return QStringLiteral("no non-test Go files in ") + p.dir;
    return QStringLiteral("no Go files in ") + p.dir;
}

} // namespace

QString packageDoc(const DirFiles &d)
{
    for (const QString &text : d.packageDocs)
        if (const QString synopsis = docSynopsis(text); !synopsis.isEmpty())
            return synopsis;
    return {};
}

DirScan scanPackageDir(const QString &dir, const BuildContext &context, DirReader reader)
{
    return scanFromFiles(classifyDir(dir, context, reader));
}

DirScan scanFromFiles(const DirFiles &d)
{
    DirScan s;
    copyFiles(d, s.fields);
    s.fields.doc = packageDoc(d); // from the comments classifyDir read: no second read
    for (const FileDirective &fd : d.directives)
        s.directives << fd.text;
    for (const FileDirective &fd : d.testDirectives)
        s.testDirectives << fd.text;
    for (const FileDirective &fd : d.xtestDirectives)
        s.xtestDirectives << fd.text;
    s.fields.testEmbedPatternPos = toSourcePos(d.testEmbedPatternPos);
    s.fields.xtestEmbedPatternPos = toSourcePos(d.xtestEmbedPatternPos);
    s.hasGoFiles =
        !(d.goFiles.isEmpty() && d.cgoFiles.isEmpty() && d.ignoredGoFiles.isEmpty() &&
          d.invalidGoFiles.isEmpty() && d.testGoFiles.isEmpty() && d.xtestGoFiles.isEmpty());
    if (!d.error)
        return s;
    DirScanError e;
    const Error &err = *d.error;
    if (err.message.startsWith(QLatin1String("no buildable Go source files in"))) {
        e.kind = DirScanError::Kind::NoGo;
        e.message = noGoMessage(s.fields);
    } else if (err.message.startsWith(QLatin1String("found packages "))) {
        e.kind = DirScanError::Kind::MultiplePackages;
        e.message = err.message;
    } else if (err.message.startsWith(QLatin1String("invalid import path: "))) {
        // go/build reports this one as a single scanner.Error, not a list:
        // go prints it whole, with the file's full path, and no position.
        e.message = err.toString();
    } else if (!err.file.isEmpty() && err.line > 0) {
        e.kind = DirScanError::Kind::Parse;
        e.message = err.message;
        e.pos = QStringLiteral("%1:%2").arg(err.file).arg(err.line);
        if (err.column > 0)
            e.pos += QLatin1Char(':') + QString::number(err.column);
    } else {
        e.message = err.toString();
    }
    s.error = e;
    return s;
}

} // namespace kiln::load
