// Package pattern matching, checked against go's own test table: the cases
// of matchPatternTests in $GOROOT/src/cmd/internal/pkgpattern/pat_test.go
// are read at run time from the toolchain Kiln is paired with.
#include "load/patterns.h"
#include "support/oraclego.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace kiln::load;

class TestPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goTable();
    void kinds_data();
    void kinds();
    void literalPrefix();
};

void TestPatterns::goTable()
{
    kiln::test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    QFile f(go.goroot() + QStringLiteral("/src/cmd/internal/pkgpattern/pat_test.go"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString src = QString::fromUtf8(f.readAll());
    const auto m =
        QRegularExpression(QStringLiteral("var matchPatternTests = `([^`]*)`")).match(src);
    QVERIFY(m.hasMatch());
    QString pattern;
    int cases = 0;
    for (QString line : m.captured(1).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f[0] == QLatin1String("pattern")) {
            pattern = f[1];
            continue;
        }
        const bool want = f[0] == QLatin1String("match");
        const auto match = matchPattern(pattern);
        for (const QString &name : f.mid(1)) {
            ++cases;
            QVERIFY2(match(name) == want,
                     qPrintable(QStringLiteral("%1 vs %2: want %3").arg(pattern, name).arg(want)));
        }
    }
    QVERIFY(cases > 20);
}

void TestPatterns::kinds_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("meta");
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("standard");
    QTest::newRow("std") << "std" << true << false << true;
    QTest::newRow("all") << "all" << true << false << true;
    QTest::newRow("dot") << "." << false << true << false;
    QTest::newRow("relative") << "./cmd/..." << false << true << false;
    QTest::newRow("net/http") << "net/http" << false << false << true;
    QTest::newRow("module path") << "example.com/m/..." << false << false << false;
}

void TestPatterns::kinds()
{
    QFETCH(QString, pattern);
    QFETCH(bool, meta);
    QFETCH(bool, local);
    QFETCH(bool, standard);
    QCOMPARE(isMetaPackage(pattern), meta);
    QCOMPARE(isLocalPattern(pattern), local);
    if (!local)
        QCOMPARE(isStandardImportPath(pattern), standard);
}

void TestPatterns::literalPrefix()
{
    QCOMPARE(patternLiteralPrefix(QStringLiteral("net/...")), QStringLiteral("net"));
    QCOMPARE(patternLiteralPrefix(QStringLiteral("example.com/m/x...")),
             QStringLiteral("example.com/m"));
    QCOMPARE(patternLiteralPrefix(QStringLiteral("...")), QString());
    QCOMPARE(patternLiteralPrefix(QStringLiteral("fmt")), QStringLiteral("fmt"));
}

QTEST_GUILESS_MAIN(TestPatterns)
#include "tst_patterns.moc"
