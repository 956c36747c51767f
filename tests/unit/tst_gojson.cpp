// GoJson writes what Go's json.MarshalIndent(v, "", "\t") writes.
#include "base/gojson.h"

#include <QtTest>

using kiln::GoJson;

class TestGoJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaping_data();
    void escaping();
    void layout();
};

void TestGoJson::escaping_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("want");
    QTest::newRow("html") << QByteArray("<a&b>") << QByteArray("\"\\u003ca\\u0026b\\u003e\"");
    QTest::newRow("controls") << QByteArray("\n\t\r\b\f\x01")
                              << QByteArray("\"\\n\\t\\r\\b\\f\\u0001\"");
    QTest::newRow("quote") << QByteArray("\"\\") << QByteArray("\"\\\"\\\\\"");
    QTest::newRow("invalid utf8") << QByteArray("a\xffz") << QByteArray("\"a\\ufffdz\"");
    QTest::newRow("line separator")
        << QByteArray("\xe2\x80\xa8\xe2\x80\xa9") << QByteArray("\"\\u2028\\u2029\"");
    QTest::newRow("non-ascii kept") << QByteArray("\xc3\xa9") << QByteArray("\"\xc3\xa9\"");
    QTest::newRow("surrogate encoded invalid")
        << QByteArray("\xed\xa0\x80") << QByteArray("\"\\ufffd\\ufffd\\ufffd\"");
}

void TestGoJson::escaping()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, want);
    QCOMPARE(GoJson::quote(in), want);
}

void TestGoJson::layout()
{
    GoJson j;
    j.beginObject();
    j.stringField("A", QStringLiteral("x"));
    j.stringField("Skipped", QString());
    j.listField("L", {QStringLiteral("1"), QStringLiteral("2")});
    j.key("O");
    j.beginObject();
    j.endObject();
    j.key("E");
    j.beginArray();
    j.endArray();
    j.boolField("B", true);
    j.endObject();
    QCOMPARE(j.take(), QByteArray("{\n\t\"A\": \"x\",\n\t\"L\": [\n\t\t\"1\",\n\t\t\"2\"\n\t],\n"
                                  "\t\"O\": {},\n\t\"E\": [],\n\t\"B\": true\n}"));
}

QTEST_GUILESS_MAIN(TestGoJson)
#include "tst_gojson.moc"
