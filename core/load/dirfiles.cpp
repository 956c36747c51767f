#include "load/dirfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln::load
{

namespace
{

QStringList *listFor(DirFiles &p, SourceKind kind)
{
    switch (kind) {
    case SourceKind::C:
        return &p.cFiles;
    case SourceKind::Cxx:
        return &p.cxxFiles;
    case SourceKind::ObjC:
        return &p.mFiles;
    case SourceKind::Header:
        return &p.hFiles;
    case SourceKind::Fortran:
        return &p.fFiles;
    case SourceKind::Asm:
    case SourceKind::AsmCpp:
        return &p.sFiles;
    case SourceKind::Swig:
        return &p.swigFiles;
    case SourceKind::SwigCxx:
        return &p.swigCxxFiles;
    case SourceKind::Syso:
        return &p.sysoFiles;
    case SourceKind::Go:
    case SourceKind::None:
        break;
    }
    return nullptr;
}

QStringList sortedKeys(const QMap<QString, QList<FilePos>> &m)
{
    QStringList keys = m.keys();
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return keys;
}

// The whole file in one buffer sized by fstat (grown if the file grows
// meanwhile); *err is errno when it cannot be opened or read.
QByteArray readWholeFile(const QByteArray &path, int *err)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return {};
    }
    struct stat st {
    };
    qsizetype capacity = ::fstat(fd, &st) == 0 && st.st_size > 0 ? qsizetype(st.st_size) : 0;
    // One byte more than the size: the read that sees the end needs no new buffer.
    QByteArray data(capacity + 1, Qt::Uninitialized);
    qsizetype size = 0;
    for (;;) {
        if (size == data.size())
            data.resize(data.size() * 2);
        const ssize_t n = ::read(fd, data.data() + size, size_t(data.size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *err = errno;
            ::close(fd);
            return {};
        }
        if (n == 0)
            break;
        size += n;
    }
    ::close(fd);
    data.truncate(size);
    return data;
}

class Classifier
{
public:
    Classifier(const QString &dir, const BuildContext &ctx, DirReader reader)
        : m_ctx(ctx), m_reader(reader)
    {
        m_p.dir = QDir::cleanPath(dir);
    }

    // False when the package failed as a whole (ModuleIndex: bad //go:build).
    bool add(const SourceFile &f);
    DirFiles finish();
    DirFiles partial() { return m_p; }

private:
    QString pathOf(const QString &name) const { return m_p.dir + QLatin1Char('/') + name; }
    void badGoFile(const QString &name, const Error &e, int more = 0);
    void ignore(const QString &name, SourceKind kind, IgnoreReason why);
    void listNonGo(const QString &name, SourceKind kind);
    bool addIndexed(const SourceFile &f, SourceKind kind);
    void addDirect(const SourceFile &f, SourceKind kind);
    void addGoFile(const QString &name, const GoFileHeader &h);
    void applyCgo(const QString &label, const QString &text, const QString &name);

    DirFiles m_p;
    const BuildContext &m_ctx;
    DirReader m_reader;
    QSet<QString> m_allTags;
    QStringList m_asmCpp; // .S / .sx, decided at the end
    QString m_firstFile;
};

void Classifier::badGoFile(const QString &name, const Error &e, int more)
{
    m_p.problems.append({name, e, more});
    if (!m_p.error)
        m_p.error = e;
    if (!m_p.invalidGoFiles.contains(name))
        m_p.invalidGoFiles.append(name);
}

void Classifier::ignore(const QString &name, SourceKind kind, IgnoreReason why)
{
    (kind == SourceKind::Go ? m_p.ignoredGoFiles : m_p.ignoredOtherFiles).append(name);
    m_p.ignoreReasons.insert(name, why);
}

void Classifier::listNonGo(const QString &name, SourceKind kind)
{
    if (kind == SourceKind::AsmCpp)
        m_asmCpp.append(name); // only with cgo: known at the end
    else if (QStringList *list = listFor(m_p, kind))
        list->append(name);
}

bool Classifier::add(const SourceFile &f)
{
    const SourceKind kind = sourceKind(f.name);
    if (f.name.startsWith(QLatin1Char('_')) || f.name.startsWith(QLatin1Char('.')) ||
        kind == SourceKind::None)
        return true;
    if (m_reader == DirReader::ModuleIndex)
        return addIndexed(f, kind);
    addDirect(f, kind);
    return true;
}

// go/build: the name first, then the header; a bad header only matters for
// files the name lets through.
void Classifier::addDirect(const SourceFile &f, SourceKind kind)
{
    if (!m_ctx.goodOSArchFile(f.name, &m_allTags)) {
        ignore(f.name, kind, IgnoreReason::OSArchSuffix);
        return;
    }
    if (kind == SourceKind::Syso) {
        listNonGo(f.name, kind);
        return;
    }
    if (!f.openError.isEmpty()) {
        if (kind == SourceKind::Go)
            badGoFile(f.name, Error{f.openError, {}, 0, 0});
        else
            ignore(f.name, kind, IgnoreReason::Unreadable);
        return;
    }
    if (kind != SourceKind::Go) {
        // A header go cannot read means no constraints: the file is listed.
        const LeadingComments lc = readLeadingComments(f.content);
        if (lc.error.isEmpty()) {
            const auto ok = shouldBuild(scanFileConstraints(lc.text), m_ctx, &m_allTags);
            if (!ok || !*ok) {
                ignore(f.name, kind,
                       ok ? IgnoreReason::BuildConstraints : IgnoreReason::BadConstraints);
                return;
            }
        }
        listNonGo(f.name, kind);
        return;
    }
    const GoFileHeader h = readGoFileHeader(pathOf(f.name), f.content);
    if (h.readError) {
        badGoFile(f.name, *h.readError);
        return;
    }
    const auto ok = shouldBuild(h.constraints, m_ctx, &m_allTags);
    if (!ok) {
        badGoFile(f.name, Error{f.name + QStringLiteral(": ") + ok.error(), {}, 0, 0});
        return;
    }
    if (!*ok) {
        ignore(f.name, kind, IgnoreReason::BuildConstraints);
        return;
    }
    if (h.constraints.binaryOnly && !f.name.endsWith(QLatin1String("_test.go")))
        m_p.binaryOnly = true;
    if (!h.parseErrors.isEmpty())
        badGoFile(f.name, h.parseErrors.first(), int(h.parseErrors.size() - 1));
    addGoFile(f.name, h);
}

// The module index: every file's header was read when the index was built,
// so header errors count before the name and constraints are looked at.
bool Classifier::addIndexed(const SourceFile &f, SourceKind kind)
{
    GoFileHeader h;
    FileConstraints constraints;
    if (kind == SourceKind::Go) {
        if (!f.openError.isEmpty()) {
            badGoFile(f.name, Error{f.openError, {}, 0, 0});
            return true;
        }
        h = readGoFileHeader(pathOf(f.name), f.content);
        if (h.readError) {
            badGoFile(f.name, *h.readError);
            return true;
        }
        if (!h.constraints.error.isEmpty()) {
            badGoFile(f.name, Error{f.name + QStringLiteral(": ") + h.constraints.error, {}, 0, 0});
            return true;
        }
        if (h.invalidImportPath) {
            // The index stores a parse error that is not a scanner.ErrorList
            // through the (empty) list's Error(): go reports "no errors".
            badGoFile(f.name, Error{QStringLiteral("no errors"), {}, 0, 0});
        } else if (!h.parseErrors.isEmpty()) {
            badGoFile(f.name, h.parseErrors.first(), int(h.parseErrors.size() - 1));
        }
        constraints = h.constraints;
    } else if (kind != SourceKind::Syso && f.openError.isEmpty()) {
        const LeadingComments lc = readLeadingComments(f.content);
        if (lc.error.isEmpty())
            constraints = scanFileConstraints(lc.text);
        if (!constraints.error.isEmpty())
            constraints = {}; // unreadable for the index: no constraints
    }
    bool build = m_ctx.goodOSArchFile(f.name, &m_allTags);
    IgnoreReason why = IgnoreReason::OSArchSuffix;
    if (build) {
        const auto ok = shouldBuild(constraints, m_ctx, &m_allTags);
        if (!ok) {
            m_p.error = Error{f.name + QStringLiteral(": ") + ok.error(), {}, 0, 0};
            return false;
        }
        build = *ok;
        why = IgnoreReason::BuildConstraints;
    }
    if (!build) {
        ignore(f.name, kind, why);
        return true;
    }
    if (kind != SourceKind::Go) {
        listNonGo(f.name, kind);
        return true;
    }
    addGoFile(f.name, h);
    return true;
}

void Classifier::applyCgo(const QString &label, const QString &text, const QString &name)
{
    if (const auto err = applyCgoDirectives(label, text, m_ctx, m_p.dir, &m_p.cgo))
        badGoFile(name, Error{*err, {}, 0, 0});
}

void Classifier::addGoFile(const QString &name, const GoFileHeader &h)
{
    const bool indexed = m_reader == DirReader::ModuleIndex;
    QString pkg = h.packageName;
    if (pkg == QLatin1String("documentation")) {
        ignore(name, SourceKind::Go, IgnoreReason::Documentation);
        return;
    }
    const bool isTest = name.endsWith(QLatin1String("_test.go"));
    bool isXTest = false;
    if (isTest && pkg.endsWith(QLatin1String("_test")) && m_p.name != pkg) {
        isXTest = true;
        pkg.chop(5);
    }
    if (indexed && !isTest && h.constraints.binaryOnly)
        m_p.binaryOnly = true;
    if (m_p.name.isEmpty()) {
        m_p.name = pkg;
        m_firstFile = name;
    } else if (pkg != m_p.name) {
        badGoFile(name, Error{QStringLiteral("found packages %1 (%2) and %3 (%4) in %5")
                                  .arg(m_p.name, m_firstFile, pkg, name, m_p.dir),
                              {},
                              0,
                              0});
    }

    if (!isTest && !isXTest && !h.packageDoc.isEmpty())
        m_p.packageDocs.append(h.packageDoc);

    const QString path = pathOf(name);
    bool isCgo = false;
    QStringList indexedCgoLines;
    for (const GoImport &imp : h.imports) {
        if (!imp.isCgo())
            continue;
        if (indexed) {
            for (const QString &line : imp.doc.split(QLatin1Char('\n'))) {
                const QString t = line.trimmed();
                if (t.size() >= 5 && t.startsWith(QLatin1String("#cgo")) &&
                    (t[4] == QLatin1Char(' ') || t[4] == QLatin1Char('\t')))
                    indexedCgoLines.append(t);
            }
        }
        if (isTest) {
            badGoFile(name, Error{QStringLiteral("use of cgo in test %1 not supported")
                                      .arg(indexed ? name : path),
                                  {},
                                  0,
                                  0});
            continue;
        }
        isCgo = true;
        if (!indexed)
            applyCgo(path, imp.doc, name);
    }
    if (indexed && !indexedCgoLines.isEmpty())
        applyCgo(name, indexedCgoLines.join(QLatin1Char('\n')), name);

    QStringList *files = nullptr;
    QMap<QString, QList<FilePos>> *importPos = nullptr;
    QMap<QString, QList<FilePos>> *embedPos = nullptr;
    QList<FileDirective> *directives = nullptr;
    if (isCgo) {
        m_allTags.insert(QStringLiteral("cgo"));
        if (m_ctx.cgoEnabled) {
            files = &m_p.cgoFiles;
            importPos = &m_p.importPos;
            embedPos = &m_p.embedPatternPos;
            directives = &m_p.directives;
        } else {
            ignore(name, SourceKind::Go, IgnoreReason::CgoDisabled);
        }
    } else if (isXTest) {
        files = &m_p.xtestGoFiles;
        importPos = &m_p.xtestImportPos;
        embedPos = &m_p.xtestEmbedPatternPos;
        directives = &m_p.xtestDirectives;
    } else if (isTest) {
        files = &m_p.testGoFiles;
        importPos = &m_p.testImportPos;
        embedPos = &m_p.testEmbedPatternPos;
        directives = &m_p.testDirectives;
    } else {
        files = &m_p.goFiles;
        importPos = &m_p.importPos;
        embedPos = &m_p.embedPatternPos;
        directives = &m_p.directives;
    }
    if (!files)
        return;
    files->append(name);
    for (const GoImport &imp : h.imports)
        (*importPos)[imp.path].append(imp.pos);
    for (const GoEmbed &e : h.embeds)
        (*embedPos)[e.pattern].append(e.pos);
    for (const GoDirective &d : h.directives)
        directives->append({d.text, d.pos});
}

DirFiles Classifier::finish()
{
    m_p.allTags = QStringList(m_allTags.begin(), m_allTags.end());
    std::sort(m_p.allTags.begin(), m_p.allTags.end());
    m_p.imports = sortedKeys(m_p.importPos);
    m_p.testImports = sortedKeys(m_p.testImportPos);
    m_p.xtestImports = sortedKeys(m_p.xtestImportPos);
    m_p.embedPatterns = sortedKeys(m_p.embedPatternPos);
    m_p.testEmbedPatterns = sortedKeys(m_p.testEmbedPatternPos);
    m_p.xtestEmbedPatterns = sortedKeys(m_p.xtestEmbedPatternPos);
    // .S and .sx go to the C compiler, so they are only used with cgo.
    QStringList &target = m_p.cgoFiles.isEmpty() ? m_p.ignoredOtherFiles : m_p.sFiles;
    target += m_asmCpp;
    for (const QString &name : std::as_const(m_asmCpp))
        if (m_p.cgoFiles.isEmpty())
            m_p.ignoreReasons.insert(name, IgnoreReason::NeedsCgo);
    const auto byBytes = [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); };
    std::sort(target.begin(), target.end(), byBytes);
    if (!m_p.error && m_p.goFiles.size() + m_p.cgoFiles.size() + m_p.testGoFiles.size() +
                              m_p.xtestGoFiles.size() ==
                          0)
        m_p.error = Error{QStringLiteral("no buildable Go source files in ") + m_p.dir, {}, 0, 0};
    return m_p;
}

} // namespace

DirFiles classifyFiles(const QString &dir, const QList<SourceFile> &files, const BuildContext &ctx,
                       DirReader reader)
{
    Classifier c(dir, ctx, reader);
    for (const SourceFile &f : files)
        if (!c.add(f))
            return c.partial();
    return c.finish();
}

DirFiles classifyDir(const QString &dir, const BuildContext &ctx, DirReader reader)
{
    const QDir d(dir);
    if (!QFileInfo(dir).isDir()) {
        DirFiles out;
        out.dir = QDir::cleanPath(dir);
        const QString text = reader == DirReader::ModuleIndex
                                 ? QStringLiteral("cannot find package in:\n\t%1")
                                 : QStringLiteral("cannot find package \".\" in:\n\t%1");
        out.error = Error{text.arg(out.dir), {}, 0, 0};
        return out;
    }
    // Raw names: a file whose name is not UTF-8 is still a file for go.
    const auto entries = readDirTyped(dir);
    const QByteArray dirName = QFile::encodeName(dir);
    QList<SourceFile> files;
    for (const TypedDirEntry &e : entries ? *entries : QList<TypedDirEntry>{}) {
        const QString &name = e.name;
        if (e.isDir) // directories and links to them
            continue;
        const SourceKind kind = sourceKind(name);
        if (kind == SourceKind::None || name.startsWith(QLatin1Char('_')) ||
            name.startsWith(QLatin1Char('.')))
            continue;
        SourceFile f{name, {}, {}};
        if (kind != SourceKind::Syso) {
            int err = 0;
            f.content = readWholeFile(dirName + '/' + e.rawName, &err);
            if (err != 0)
                f.openError = QStringLiteral("open %1: %2")
                                  .arg(QDir::cleanPath(d.filePath(name)),
                                       err == EACCES ? QStringLiteral("permission denied")
                                                     : QStringLiteral("no such file or directory"));
        }
        files.append(f);
    }
    return classifyFiles(dir, files, ctx, reader);
}

Result<QList<TypedDirEntry>> readDirTyped(const QString &dir)
{
    const QByteArray dirName = QFile::encodeName(dir);
    DIR *d = ::opendir(dirName.constData());
    if (!d)
        return failAt(dir, 0, 0, QString::fromLocal8Bit(std::strerror(errno)));
    QList<TypedDirEntry> out;
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        TypedDirEntry entry;
        entry.rawName = QByteArray(e->d_name);
        QStringDecoder utf8(QStringDecoder::Utf8);
        entry.name = utf8(entry.rawName);
        entry.validUtf8 = !utf8.hasError();
        unsigned char type = e->d_type;
        struct stat st {
        };
        if (type == DT_UNKNOWN && ::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
            type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
        entry.isSymlink = type == DT_LNK;
        entry.isDir =
            type == DT_DIR || (type == DT_LNK && ::fstatat(::dirfd(d), e->d_name, &st, 0) == 0 &&
                               S_ISDIR(st.st_mode));
        out.append(entry);
    }
    ::closedir(d);
    std::sort(out.begin(), out.end(),
              [](const TypedDirEntry &a, const TypedDirEntry &b) { return a.rawName < b.rawName; });
    return out;
}

} // namespace kiln::load
