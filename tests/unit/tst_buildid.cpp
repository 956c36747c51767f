// Build IDs on synthetic files: reading them from archives, ELF notes, the raw
// form and Mach-O; content-ID hashing against a whole-file reference for many
// chunk sizes (IDs across chunk boundaries, excluded host build IDs); the
// updateBuildID rewrite round trip; pack's member headers; go's error texts.
#include "base/hashid.h"
#include "base/sha256.h"
#include "exec/archive.h"
#include "exec/buildid.h"
#include "exec/contentid.h"
#include "exec/objformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace kiln;
using namespace kiln::exec;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// Appends little-endian integers.
struct LeWriter {
    QByteArray out;
    template <typename T> void put(T v)
    {
        char b[sizeof(T)];
        qToLittleEndian(v, b);
        out.append(b, sizeof(T));
    }
    void u16(quint16 v) { put(v); }
    void u32(quint32 v) { put(v); }
    void u64(quint64 v) { put(v); }
    void fixed(const QByteArray &s, int n) { out += s.left(n).leftJustified(n, '\0'); }
    void padTo(qint64 n) { out += QByteArray(n - out.size(), '\0'); }
};

QByteArray pad4(const QByteArray &b)
{
    return b + QByteArray((4 - b.size() % 4) % 4, '\0');
}

struct ElfNote {
    QByteArray name; // with its NUL
    quint32 type;
    QByteArray desc;
    QByteArray section; // section name, or empty
};

using PlainSection = std::pair<QByteArray, QByteArray>; // name, data

// A 64-bit little-endian ELF file: header, one PT_NOTE over the notes, the
// notes, `tail` bytes, plain sections, then .shstrtab and the section headers.
QByteArray makeElf(const QList<ElfNote> &notes, const QByteArray &tail = {},
                   const QList<PlainSection> &plain = {})
{
    QByteArray noteBlob;
    QList<std::pair<qint64, qint64>> noteRanges;
    for (const ElfNote &n : notes) {
        LeWriter w;
        w.u32(quint32(n.name.size()));
        w.u32(quint32(n.desc.size()));
        w.u32(n.type);
        w.out += pad4(n.name) + pad4(n.desc);
        noteRanges.append({64 + 56 + noteBlob.size(), w.out.size()});
        noteBlob += w.out;
    }
    QByteArray shstrtab("\0.shstrtab\0", 11);
    const qint64 notesOff = 64 + 56;
    const qint64 tailOff = notesOff + noteBlob.size();
    QByteArray plainBlob;
    QList<std::array<quint64, 4>> sections; // name index, type, offset, size
    for (const auto &[name, data] : plain) {
        sections.append({quint64(shstrtab.size()), 1,
                         quint64(tailOff + tail.size() + plainBlob.size()), quint64(data.size())});
        shstrtab += name + '\0';
        plainBlob += data;
    }
    const qint64 strOff = tailOff + tail.size() + plainBlob.size();
    for (int i = 0; i < notes.size(); ++i) {
        if (notes[i].section.isEmpty())
            continue;
        sections.append({quint64(shstrtab.size()), 7, quint64(noteRanges[i].first),
                         quint64(noteRanges[i].second)});
        shstrtab += notes[i].section + '\0';
    }
    const qint64 shOffFinal = (strOff + shstrtab.size() + 7) & ~7;
    sections.append({1, 3, quint64(strOff), quint64(shstrtab.size())});
    LeWriter w;
    w.out = QByteArray("\x7f"
                       "ELF\x02\x01\x01",
                       7);
    w.padTo(16);
    w.u16(2);
    w.u16(62);
    w.u32(1);
    w.u64(0x401000);
    w.u64(64);         // phoff
    w.u64(shOffFinal); // shoff
    w.u32(0);
    w.u16(64);
    w.u16(56);
    w.u16(1);
    w.u16(64);
    w.u16(quint16(sections.size() + 1));
    w.u16(quint16(sections.size())); // shstrtab is last
    w.u32(4);                        // PT_NOTE
    w.u32(4);
    w.u64(notesOff);
    w.u64(0);
    w.u64(0);
    w.u64(noteBlob.size());
    w.u64(noteBlob.size());
    w.u64(4);
    w.out += noteBlob + tail + plainBlob + shstrtab;
    w.padTo(shOffFinal);
    w.out += QByteArray(64, '\0'); // section 0
    for (const auto &s : sections) {
        w.u32(quint32(s[0]));
        w.u32(quint32(s[1]));
        w.u64(0);
        w.u64(0);
        w.u64(s[2]);
        w.u64(s[3]);
        w.u32(0);
        w.u32(0);
        w.u64(1);
        w.u64(0);
    }
    return w.out;
}

QByteArray rawId(const QByteArray &id)
{
    return "\xff Go build ID: \"" + id + "\"\n \xff";
}

QByteArray goArchive(const QByteArray &id)
{
    const QByteArray pkgdef = "go object linux amd64 go1.25.12 GOAMD64=v1 X:regabiwrappers\n"
                              "build id \"" +
                              id + "\"\n!\nexport data\n";
    return "!<arch>\n" + formatArchiveHeader("__.PKGDEF", pkgdef.size()) + pkgdef +
           (pkgdef.size() % 2 ? QByteArray(1, '\0') : QByteArray());
}

struct MachoLayout {
    QByteArray file;
    qint64 uuidOffset = 0;
    qint64 sigOffset = 0;
};

// A 64-bit Mach-O executable: __TEXT with one __text section at textOffset
// holding text, LC_UUID, and an ad-hoc signature of the Go linker's size
// over the first 8 KiB (the signature itself is left zero).
MachoLayout makeMacho(const QByteArray &text, qint64 textOffset, qint64 uuidFill = 0x11)
{
    const qint64 codeSize = std::max<qint64>(8192, (textOffset + text.size() + 4095) & ~4095);
    const qint64 sigSize = codeSignatureSize(codeSize, "a.out");
    LeWriter w;
    const quint32 cmdsSize = 72 + 80 + 24 + 16;
    w.u32(0xfeedfacf);
    w.u32(0x0100000c);
    w.u32(0);
    w.u32(2); // MH_EXECUTE
    w.u32(3);
    w.u32(cmdsSize);
    w.u32(0);
    w.u32(0);
    w.u32(0x19); // LC_SEGMENT_64
    w.u32(72 + 80);
    w.fixed("__TEXT", 16);
    w.u64(0x100000000);
    w.u64(quint64(codeSize));
    w.u64(0);
    w.u64(quint64(codeSize));
    w.u32(5);
    w.u32(5);
    w.u32(1);
    w.u32(0);
    w.fixed("__text", 16);
    w.fixed("__TEXT", 16);
    w.u64(0x100000000 + quint64(textOffset));
    w.u64(quint64(text.size()));
    w.u32(quint32(textOffset));
    w.padTo(w.out.size() + 28);
    MachoLayout m;
    w.u32(0x1b); // LC_UUID
    w.u32(24);
    m.uuidOffset = w.out.size();
    w.out += QByteArray(16, char(uuidFill));
    w.u32(0x1d); // LC_CODE_SIGNATURE
    w.u32(16);
    w.u32(quint32(codeSize));
    w.u32(quint32(sigSize));
    w.padTo(textOffset);
    w.out += text;
    w.padTo(codeSize);
    m.sigOffset = codeSize;
    w.out += QByteArray(sigSize, '\0');
    m.file = w.out;
    return m;
}

// The content hash by definition: the whole file, occurrences replaced left
// to right without overlap, excluded ranges zeroed first.
Digest referenceHash(QByteArray data, const QByteArray &id,
                     const QList<std::pair<qint64, qint64>> &zeroed = {})
{
    for (const auto &[off, len] : zeroed)
        data.replace(off, len, QByteArray(len, '\0'));
    for (qsizetype i = data.indexOf(id); i >= 0; i = data.indexOf(id, i + id.size()))
        data.replace(i, id.size(), QByteArray(id.size(), '\0'));
    return sha256Of(data);
}

const QByteArray Placeholder = "aaaaaaaaaaaaaaaaaaaa/aaaaaaaaaaaaaaaaaaaa";

} // namespace

class TestBuildId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void archiveHeader_data();
    void archiveHeader();
    void appendToArchive();
    void appendFailuresLeaveArchive();
    void parseGoInt_data();
    void parseGoInt();
    void packageDefHeader();
    void readBuildId_data();
    void readBuildId();
    void readErrors();
    void findAndHashMatchesReference_data();
    void findAndHashMatchesReference();
    void findAndHashErrors();
    void gnuBuildIdIsExcluded();
    void updateRoundTrip();
    void updateWithoutOccurrence();
    void updateLengthMismatch();
    void machoUuidAndSignature();
};

void TestBuildId::archiveHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("go's sample") << QByteArray("add_amd64.o") << qint64(1094)
                                 << QByteArray("add_amd64.o     0           0     0     644     "
                                               "1094      `\n");
    QTest::newRow("cut to 16 bytes")
        << QByteArray("indexbyte_amd64.o") << qint64(7)
        << QByteArray("indexbyte_amd64.0           0     0     644     7         `\n");
    QTest::newRow("bytes, not runes")
        << QByteArray("\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4.o")
        << qint64(12345678901)
        << QByteArray("\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4"
                      "0           0     0     644     12345678901`\n");
}

void TestBuildId::archiveHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(qint64, size);
    QFETCH(QByteArray, header);
    QCOMPARE(formatArchiveHeader(name, size), header);
}

void TestBuildId::appendToArchive()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("_pkg_.a"));
    const QByteArray start = goArchive(Placeholder);
    writeFile(a, start);
    const QString odd = tmp.filePath(QStringLiteral("odd_amd64.o"));
    const QString even = tmp.filePath(QStringLiteral("a_very_long_object_name.o"));
    writeFile(odd, "12345");
    writeFile(even, "abcdef");
    QVERIFY(exec::appendToArchive(a, {odd, even}));
    const QByteArray want = start + formatArchiveHeader("odd_amd64.o", 5) + "12345" + '\0' +
                            formatArchiveHeader("a_very_long_obje", 6) + "abcdef";
    QCOMPARE(readAll(a), want);
    auto members = listArchiveMembers(a);
    QVERIFY(members);
    QCOMPARE(members->size(), 3);
    QCOMPARE((*members)[1].name, QByteArray("odd_amd64.o"));
    QCOMPARE((*members)[1].size, 5);
    QCOMPARE(readAll(a).mid((*members)[2].dataOffset, (*members)[2].size), QByteArray("abcdef"));
    QCOMPARE((*members)[2].name, QByteArray("a_very_long_obje"));
}

void TestBuildId::appendFailuresLeaveArchive()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("x.a"));
    writeFile(a, "!<arch>\n");
    const QString o = tmp.filePath(QStringLiteral("x.o"));
    writeFile(o, "obj");
    const QString missing = tmp.filePath(QStringLiteral("missing.o"));
    auto r = exec::appendToArchive(a, {o, missing});
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("open %1: no such file or directory").arg(missing));
    QCOMPARE(readAll(a), QByteArray("!<arch>\n"));
    const QString noArchive = tmp.filePath(QStringLiteral("none.a"));
    r = exec::appendToArchive(noArchive, {o});
    QVERIFY(!r);
    QCOMPARE(r.error().message,
             QStringLiteral("open %1: no such file or directory").arg(noArchive));
}

void TestBuildId::parseGoInt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("value"); // -1: error
    QTest::newRow("decimal") << QByteArray("1094") << qint64(1094);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("octal") << QByteArray("0644") << qint64(0644);
    QTest::newRow("bad octal") << QByteArray("09") << qint64(-1);
    QTest::newRow("hex") << QByteArray("0x1F") << qint64(31);
    QTest::newRow("binary") << QByteArray("0b101") << qint64(5);
    QTest::newRow("0o") << QByteArray("0o17") << qint64(15);
    QTest::newRow("underscore") << QByteArray("1_000") << qint64(1000);
    QTest::newRow("trailing underscore") << QByteArray("1_") << qint64(-1);
    QTest::newRow("plus") << QByteArray("+7") << qint64(7);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("prefix only") << QByteArray("0x") << qint64(-1);
    QTest::newRow("max") << QByteArray("9223372036854775807") << qint64(9223372036854775807);
    QTest::newRow("overflow") << QByteArray("9223372036854775808") << qint64(-1);
    QTest::newRow("space") << QByteArray("12 ") << qint64(-1);
}

void TestBuildId::parseGoInt()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, value);
    const std::optional<qint64> v = exec::parseGoInt(text);
    QCOMPARE(v.value_or(-1), value);
}

void TestBuildId::packageDefHeader()
{
    auto h = parsePackageDefHeader(goArchive("abc/def"));
    QVERIFY(h);
    QVERIFY(h->hasBuildId);
    QCOMPARE(h->buildId, QByteArray("abc/def"));
    QCOMPARE(h->goos, QByteArray("linux"));
    QCOMPARE(h->goarch, QByteArray("amd64"));
    QCOMPARE(h->goVersion, QByteArray("go1.25.12"));
    QCOMPARE(h->objectRest, QByteArray("GOAMD64=v1 X:regabiwrappers"));
    h = parsePackageDefHeader("!<arch>\n__.PKGDEF x\ngo object a b c\n!\n");
    QVERIFY(h);
    QVERIFY(!h->hasBuildId);
    QVERIFY(!parsePackageDefHeader("!<arch>\n__.PKGDEF x\ngo object a b c\nbuild id \"x\n"));
    QVERIFY(!parsePackageDefHeader("!<arch>\n__.PKGDEF x\ngo object a b c"));
    QVERIFY(!parsePackageDefHeader("!<arch>\n_go_.o x\ngo object a b c\n!\n"));
}

void TestBuildId::readBuildId_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("go archive") << goArchive("AAAA/BBBB") << QByteArray("AAAA/BBBB");
    QTest::newRow("escaped id") << goArchive("a\\x41b") << QByteArray("aAb");
    QTest::newRow("archive without id line")
        << QByteArray("!<arch>\n__.PKGDEF       0 \ngo object x\nnot an id\n") << QByteArray();
    QTest::newRow("raw form") << QByteArray(300, 'x') + rawId("L/M/N") + "rest"
                              << QByteArray("L/M/N");
    QTest::newRow("no id at all") << QByteArray("hello world, no id here\n") << QByteArray();
    QTest::newRow("empty archive (gccgo reader)") << QByteArray("!<arch>\n") << QByteArray();
    QTest::newRow("elf go note")
        << makeElf({{QByteArray("GNU\0", 4), 3, QByteArray(20, '\x5a'), ".note.gnu.build-id"},
                    {QByteArray("Go\0\0", 4), 4, "P/Q/R/S", ".note.go.buildid"}})
        << QByteArray("P/Q/R/S");
    QTest::newRow("elf gnu note only")
        << makeElf({{QByteArray("GNU\0", 4), 3, "gnuid", ".note.gnu.build-id"}})
        << QByteArray("gnuid");
    QTest::newRow("elf without notes") << makeElf({}) << QByteArray();
    QTest::newRow("mach-o raw id in the first 32 KiB")
        << makeMacho(rawId("M/a/c/h"), 0x1000).file << QByteArray("M/a/c/h");
    QTest::newRow("mach-o raw id in __text")
        << makeMacho(rawId("T/e/x/t"), 40000).file << QByteArray("T/e/x/t");

    // gccgo: the .go.buildid section of the ELF member _buildid.o/.
    const QByteArray member = makeElf({}, {}, {{".go.buildid", "gccgo-id"}});
    QTest::newRow("gccgo archive") << "!<arch>\n" + formatArchiveHeader("a.o/", 3) + "abc" + '\0' +
                                          formatArchiveHeader("_buildid.o/", member.size()) + member
                                   << QByteArray("gccgo-id");
}

void TestBuildId::readBuildId()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, id);
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("f"));
    writeFile(file, content);
    auto r = exec::readBuildId(file);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(*r, id);
}

void TestBuildId::readErrors()
{
    QTemporaryDir tmp;
    auto check = [&](const QByteArray &content, const QString &want) {
        const QString file = tmp.filePath(QStringLiteral("e"));
        writeFile(file, content);
        auto r = exec::readBuildId(file);
        QVERIFY2(!r, r ? r->constData() : "");
        QCOMPARE(r.error().message, QString(want).replace(QLatin1String("$F"), file));
    };
    check({}, QStringLiteral("EOF"));
    check("abc", QStringLiteral("EOF"));
    check("\x7f"
          "ELF",
          QStringLiteral("EOF"));
    check("!<arch>\nfoo\n", QStringLiteral("unexpected EOF"));
    check("!<arch>\n" + QByteArray(60, ' '), QStringLiteral("parse $F: malformed object file"));
    check("xx\xff Go build ID: \"abc", QStringLiteral("parse $F: malformed object file"));
    QByteArray badClass = makeElf({});
    badClass[4] = 3;
    check(badClass,
          QStringLiteral("parse $F: unknown ELF class 'ELFCLASS64+1' in record at byte 0x0"));
    QByteArray badVersion = makeElf({});
    badVersion[6] = 0;
    check(badVersion,
          QStringLiteral("parse $F: unknown ELF version 'EV_NONE' in record at byte 0x0"));

    const QString missing = tmp.filePath(QStringLiteral("missing"));
    auto r = exec::readBuildId(missing);
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("open %1: no such file or directory").arg(missing));
    r = exec::readBuildId(tmp.path());
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("read %1: is a directory").arg(tmp.path()));
}

void TestBuildId::findAndHashMatchesReference_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QList<qint64>>("matches");

    const QByteArray id = Placeholder;
    QByteArray big(80 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 3);
    QByteArray across = big;
    const qint64 boundary = 31 * 1024;
    across.replace(boundary - 10, id.size(), id);            // spans go's first chunk boundary
    across.replace(2 * boundary - id.size(), id.size(), id); // ends exactly at the second
    across.replace(0, id.size(), id);
    QTest::newRow("ids across chunk boundaries")
        << across << id << QList<qint64>{0, boundary - 10, 2 * boundary - id.size()};
    QByteArray atEnd = big.left(2 * boundary);
    atEnd.replace(atEnd.size() - id.size(), id.size(), id);
    QTest::newRow("id at the end of a file of whole chunks")
        << atEnd << id << QList<qint64>{2 * boundary - id.size()};
    QTest::newRow("adjacent ids") << QByteArray("x" + id + id + "y") << id
                                  << QList<qint64>{1, 1 + id.size()};
    QTest::newRow("overlapping pattern, left to right")
        << QByteArray("aaaaa") << QByteArray("aa") << QList<qint64>{0, 2};
    QTest::newRow("no occurrence") << big << id << QList<qint64>{};
    QTest::newRow("empty file") << QByteArray() << id << QList<qint64>{};
}

void TestBuildId::findAndHashMatchesReference()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, id);
    QFETCH(QList<qint64>, matches);
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("blob"));
    writeFile(file, content);
    const Digest want = referenceHash(content, id);
    for (const qint64 chunk : {qint64(0), qint64(id.size()), qint64(100), qint64(129), qint64(4096),
                               qint64(31 * 1024 + 1)}) {
        auto scan = findAndHash(file, id, chunk);
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QCOMPARE(scan->matches, matches);
        QVERIFY2(scan->hash == want, qPrintable(QStringLiteral("chunk %1").arg(chunk)));
    }
}

void TestBuildId::findAndHashErrors()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("f"));
    writeFile(file, "data");
    auto r = findAndHash(file, {});
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("buildid.FindAndHash: no id specified"));
    r = findAndHash(file, "0123456789", 8);
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("buildid.FindAndHash: buffer too small"));
    r = findAndHash(tmp.filePath(QStringLiteral("none")), "x");
    QVERIFY(!r);
    QVERIFY(r.error().message.endsWith(QLatin1String(": no such file or directory")));
}

void TestBuildId::gnuBuildIdIsExcluded()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("elf"));
    auto elfWith = [](char gnuByte, const QByteArray &tail) {
        return makeElf({{QByteArray("GNU\0", 4), 3, QByteArray(20, gnuByte), ".note.gnu.build-id"},
                        {QByteArray("Go\0\0", 4), 4, Placeholder, ".note.go.buildid"}},
                       tail);
    };
    const QByteArray a = elfWith('\x01', "tail");
    writeFile(file, a);
    auto scanA = findAndHash(file, Placeholder);
    QVERIFY(scanA);
    QCOMPARE(scanA->matches.size(), 1);
    // The GNU note sits at 64+56; its payload starts 16 bytes in.
    QVERIFY(scanA->hash == referenceHash(a, Placeholder, {{64 + 56 + 16, 20}}));
    writeFile(file, elfWith('\x02', "tail"));
    auto scanB = findAndHash(file, Placeholder);
    QVERIFY(scanB);
    QVERIFY(scanA->hash == scanB->hash);
    writeFile(file, elfWith('\x02', "tall"));
    auto scanC = findAndHash(file, Placeholder);
    QVERIFY(scanC);
    QVERIFY(scanA->hash != scanC->hash);
}

void TestBuildId::updateRoundTrip()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("_pkg_.a"));
    QByteArray content = goArchive(Placeholder) + QByteArray(40000, 'z');
    content.replace(31 * 1024 - 5, Placeholder.size(), Placeholder); // second copy, across chunks
    writeFile(file, content);
    auto u = updateBuildId(file, Placeholder);
    QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
    QCOMPARE(u->occurrences, 2);
    QCOMPARE(u->contentId, hashToString(referenceHash(content, Placeholder)).toLatin1());
    QCOMPARE(u->buildId, Placeholder.left(21) + u->contentId);
    const QByteArray after = readAll(file);
    QCOMPARE(after.size(), content.size());
    QCOMPARE(after.count(u->buildId), 2);
    QCOMPARE(after.count(Placeholder), 0);
    auto id = exec::readBuildId(file);
    QVERIFY(id);
    QCOMPARE(*id, u->buildId);
    // go's own check: re-hashing the final file gives the same content ID.
    auto scan = findAndHash(file, u->buildId);
    QVERIFY(scan);
    QCOMPARE(hashToString(scan->hash).toLatin1(), u->contentId);
    // `go tool buildid -w` on a final file changes nothing.
    auto again = writeContentId(file);
    QVERIFY(again);
    QCOMPARE(again->buildId, u->buildId);
    QCOMPARE(readAll(file), after);
}

void TestBuildId::updateWithoutOccurrence()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("bin"));
    const QByteArray content = "a binary linked with -buildid=";
    writeFile(file, content);
    auto u = updateBuildId(file, Placeholder);
    QVERIFY(u);
    QCOMPARE(u->occurrences, 0);
    QCOMPARE(u->contentId, hashToString(sha256Of(content)).toLatin1());
    QCOMPARE(readAll(file), content);
}

void TestBuildId::updateLengthMismatch()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("f"));
    writeFile(file, "x A/A y");
    auto u = updateBuildId(file, "A/A");
    QVERIFY(!u);
    const QByteArray cid = hashToString(sha256Of(QByteArray("x \0\0\0 y", 7))).toLatin1();
    QCOMPARE(u.error().message,
             QString::fromLatin1("internal error: build ID length mismatch \"A/A\" vs \"A/" + cid +
                                 "\""));
    u = updateBuildId(file, "noslash");
    QVERIFY(!u);
    QCOMPARE(readAll(file), QByteArray("x A/A y"));
}

void TestBuildId::machoUuidAndSignature()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("macho"));
    const QByteArray ph = "pppppppppppppppppppp/pppppppppppppppppppp/pppppppppppppppppppp";
    const MachoLayout m = makeMacho(rawId(ph) + QByteArray(5000, 't'), 0x1000);
    writeFile(file, m.file);
    auto id = exec::readBuildId(file);
    QVERIFY(id);
    QCOMPARE(*id, ph);
    // UUID and signature are read as zero.
    const Digest want =
        referenceHash(m.file, ph, {{m.uuidOffset, 16}, {m.sigOffset, m.file.size() - m.sigOffset}});
    auto scan = findAndHash(file, ph);
    QVERIFY(scan);
    QVERIFY(scan->hash == want);
    writeFile(file, makeMacho(rawId(ph) + QByteArray(5000, 't'), 0x1000, 0x22).file);
    scan = findAndHash(file, ph);
    QVERIFY(scan);
    QVERIFY(scan->hash == want);

    // The rewrite re-signs: every page hash is the SHA-256 of the final page.
    auto u = updateBuildId(file, ph);
    QVERIFY(u);
    QCOMPARE(u->occurrences, 1);
    const QByteArray after = readAll(file);
    QCOMPARE(after.mid(0x1000 + 16, ph.size()), u->buildId);
    const QByteArray sig = after.mid(m.sigOffset);
    QCOMPARE(qFromBigEndian<quint32>(sig.constData()), 0xfade0cc0u);
    const qint64 hashOffset = 20 + qFromBigEndian<quint32>(sig.constData() + 20 + 16);
    for (int page = 0; page < 2; ++page)
        QCOMPARE(sig.mid(hashOffset + page * 32, 32),
                 digestBytes(sha256Of(after.mid(page * 4096, 4096))));
    scan = findAndHash(file, u->buildId);
    QVERIFY(scan);
    QCOMPARE(hashToString(scan->hash).toLatin1(), u->contentId);
}

QTEST_GUILESS_MAIN(TestBuildId)
#include "tst_buildid.moc"
