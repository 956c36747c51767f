// Unit tests of core/base: go-compatible quoting, HashToString, SHA-256.
#include "base/goquote.h"
#include "base/hashid.h"
#include "base/sha256.h"

#include <QtTest>

using namespace kiln;

class TestBase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quote_data();
    void quote();
    void quoteList();
    void hashToString_data();
    void hashToString();
    void sha256Known();
};

void TestBase::quote_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("want");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
    QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\\nb\"");
    QTest::newRow("quote+backslash") << QByteArray("\"\\") << QByteArray("\"\\\"\\\\\"");
    QTest::newRow("control") << QByteArray("\x01\x7f") << QByteArray("\"\\x01\\x7f\"");
    QTest::newRow("tab") << QByteArray("\t") << QByteArray("\"\\t\"");
    QTest::newRow("printable non-ascii") << QByteArray("\xc6\x9a\xce\x93") << QByteArray("\"\xc6\x9a\xce\x93\"");
    QTest::newRow("invalid utf8") << QByteArray("\xff") << QByteArray("\"\\xff\"");
    QTest::newRow("nbsp") << QByteArray("\xc2\xa0") << QByteArray("\"\\u00a0\"");
    QTest::newRow("unassigned") << QByteArray("\xce\xa2") << QByteArray("\"\\u03a2\"");
    QTest::newRow("astral private use") << QByteArray("\xf3\xb0\x80\x80") << QByteArray("\"\\U000f0000\"");
}

void TestBase::quote()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, want);
    QCOMPARE(goQuote(in), want);
}

void TestBase::quoteList()
{
    QCOMPARE(goQuoteList(QStringList{}), QByteArray("[]"));
    QCOMPARE(goQuoteList(QStringList{QStringLiteral("-D"), QStringLiteral("FOO")}),
             QByteArray("[\"-D\" \"FOO\"]"));
}

void TestBase::hashToString_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("want");
    // Vectors from go's own gocachehash output (go-build-reference §2.1).
    QTest::newRow("file hash") << QByteArray("adf53f798c8cdff41f9950a1e65440a86aad470250ff351c46cb3c5b911f36ca")
                               << QStringLiteral("rfU_eYyM3_QfmVCh5lRA");
    QTest::newRow("action id") << QByteArray("b176894317a210ce0752027b40f4846cda33960d4abbd95d6e2a995ccead9e8d")
                               << QStringLiteral("sXaJQxeiEM4HUgJ7QPSE");
}

void TestBase::hashToString()
{
    QFETCH(QByteArray, hex);
    QFETCH(QString, want);
    const QByteArray raw = QByteArray::fromHex(hex);
    Digest d{};
    std::copy(raw.begin(), raw.end(), d.begin());
    QCOMPARE(kiln::hashToString(d), want);
}

void TestBase::sha256Known()
{
    QCOMPARE(digestHex(sha256Of("abc")),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestBase)
#include "tst_base.moc"
