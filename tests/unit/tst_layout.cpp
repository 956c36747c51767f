// layout/layout.h: dot through cgraph + gvc. Geometry rows check Qt's
// coordinate conventions (y down, px, node sizes kept, edges leaving the
// tail's border and pointing at the head's, everything inside the bounding
// box, no overlaps); a row compares node positions with the dot program's
// -Tplain output for dotText() of the same input; others check the tuning,
// errors, cancellation, concurrent callers (the global lock) and a decimal-
// comma locale (LC_NUMERIC must be C inside, unchanged outside).
#include "layout/layout.h"
#include "layout/numericlocale.h"

#include "base/process.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <clocale>
#include <thread>

using namespace kiln::layout;

namespace
{

// Graph text: `a>b b>c …`; nodes are numbered by first appearance, all 150×40 px.
LayoutInput parse(const QString &text, Direction direction = Direction::TopToBottom)
{
    LayoutInput in;
    in.direction = direction;
    QStringList names;
    const auto node = [&](const QString &name) {
        if (!names.contains(name)) {
            names.append(name);
            in.nodes.append({name, name, QSizeF(150, 40)});
        }
        return int(names.indexOf(name));
    };
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList ends = token.split(QLatin1Char('>'));
        const int from = node(ends[0]);
        if (ends.size() > 1)
            in.edges.append({from, node(ends[1])});
    }
    return in;
}

LayoutInput randomDag(quint32 seed, int n)
{
    QRandomGenerator rng(seed);
    LayoutInput in;
    for (int i = 0; i < n; ++i)
        in.nodes.append({QString::number(i), QStringLiteral("node %1").arg(i),
                         QSizeF(60 + rng.bounded(120), 24 + rng.bounded(20))});
    for (int i = 0; i + 1 < n; ++i)
        for (int k = rng.bounded(3); k > 0; --k)
            in.edges.append({i, i + 1 + rng.bounded(n - i - 1)});
    return in;
}

bool near(QPointF a, QPointF b, double tolerance = 0.75)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

// Distance from p to the border of r (0 when on it).
double borderDistance(const QRectF &r, QPointF p)
{
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

// Points on a Bézier chain (start, then control, control, end triples).
QList<QPointF> curvePoints(const QList<QPointF> &path)
{
    QList<QPointF> out{path.value(0)};
    for (qsizetype i = 0; i + 3 < path.size(); i += 3)
        for (double t : {0.25, 0.5, 0.75, 1.0}) {
            const double u = 1 - t;
            out.append(u * u * u * path[i] + 3 * u * u * t * path[i + 1] +
                       3 * u * t * t * path[i + 2] + t * t * t * path[i + 3]);
        }
    return out;
}

void checkGeometry(const LayoutInput &in, const Layout &l)
{
    QVERIFY2(l.ok(), qPrintable(l.error));
    QCOMPARE(l.nodes.size(), in.nodes.size());
    QCOMPARE(l.edges.size(), in.edges.size());
    const QRectF box = l.boundingBox.adjusted(-0.5, -0.5, 0.5, 0.5);
    QCOMPARE(l.boundingBox.topLeft(), QPointF(0, 0));
    for (qsizetype i = 0; i < l.nodes.size(); ++i) {
        QVERIFY(std::abs(l.nodes[i].width() - in.nodes[i].size.width()) < 0.5);
        QVERIFY(std::abs(l.nodes[i].height() - in.nodes[i].size.height()) < 0.5);
        QVERIFY(box.contains(l.nodes[i]));
        for (qsizetype j = i + 1; j < l.nodes.size(); ++j)
            QVERIFY2(!l.nodes[i].intersects(l.nodes[j].adjusted(1, 1, -1, -1)),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
    }
    for (qsizetype i = 0; i < l.edges.size(); ++i) {
        const EdgeRoute &r = l.edges[i];
        QVERIFY(r.path.size() >= 4 && (r.path.size() - 1) % 3 == 0);
        for (QPointF p : curvePoints(r.path)) // control points may lie outside
            QVERIFY2(box.contains(p), qPrintable(QStringLiteral("edge %1 leaves the box").arg(i)));
        if (in.edges[i].from == in.edges[i].to)
            continue;
        QVERIFY(r.arrowTip.has_value());
        QVERIFY2(borderDistance(l.nodes[in.edges[i].from], r.path.first()) < 2,
                 qPrintable(QStringLiteral("edge %1 starts off its tail").arg(i)));
        QVERIFY2(borderDistance(l.nodes[in.edges[i].to], *r.arrowTip) < 2,
                 qPrintable(QStringLiteral("edge %1 points off its head").arg(i)));
    }
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void geometry_data()
    {
        QTest::addColumn<LayoutInput>("input");
        QTest::newRow("one node") << parse("a");
        QTest::newRow("chain") << parse("a>b b>c");
        QTest::newRow("diamond") << parse("a>b a>c b>d c>d");
        QTest::newRow("left to right") << parse("a>b a>c b>d c>d", Direction::LeftToRight);
        QTest::newRow("duplicate edges and a self loop") << parse("a>b a>b b>b");
        QTest::newRow("random 80") << randomDag(3, 80);
        LayoutInput big = randomDag(5, 400);
        QTest::newRow("random 400, tuned") << big;
        big.tuning = DotTuning{"0.0002", "", "0.01", "none", "true"};
        QTest::newRow("random 400, no routing") << big;
    }
    void geometry()
    {
        QFETCH(LayoutInput, input);
        checkGeometry(input, layoutGraph(input));
    }

    void ranks()
    {
        const Layout tb = layoutGraph(parse("a>b b>c"));
        QVERIFY(tb.nodes[0].bottom() < tb.nodes[1].top());
        QVERIFY(tb.nodes[1].bottom() < tb.nodes[2].top());
        QVERIFY(std::abs(tb.nodes[0].center().x() - tb.nodes[2].center().x()) < 1);
        QVERIFY(tb.nodes[1].top() - tb.nodes[0].bottom() >= 48 - 1); // rankSpacing
        const Layout lr = layoutGraph(parse("a>b b>c", Direction::LeftToRight));
        QVERIFY(lr.nodes[0].right() < lr.nodes[1].left());
        const Layout siblings = layoutGraph(parse("a>b a>c"));
        const QRectF b = siblings.nodes[1], c = siblings.nodes[2];
        QVERIFY(std::abs(b.top() - c.top()) < 1);
        QVERIFY(std::max(c.left() - b.right(), b.left() - c.right()) >= 24 - 1); // nodeSpacing
    }

    void sameAsDotProgram()
    {
        const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dot.isEmpty())
            QSKIP("the dot program is not installed (only the comparison needs it)");
        const LayoutInput in = randomDag(11, 40);
        const Layout l = layoutGraph(in);
        QVERIFY(l.ok());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("g.dot")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dotText(in));
        file.close();
        kiln::ProcessSpec spec;
        spec.program = dot;
        spec.arguments = {QStringLiteral("-Tplain"), file.fileName()};
        const auto run = kiln::runProcess(spec);
        QVERIFY(run.has_value());
        const kiln::ProcessOutput &out = *run;
        QCOMPARE(out.exitCode, 0);
        double height = 0;
        int compared = 0;
        for (const QByteArray &line : out.stdOut.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.value(0) == "graph") {
                height = f.value(3).toDouble();
                QVERIFY(std::abs(f.value(2).toDouble() * 96 - l.boundingBox.width()) < 1);
            } else if (f.value(0) == "node") {
                const int i = QByteArray(f.value(1)).replace('"', "").toInt(); // 12 or "12"
                const QPointF expected(f.value(2).toDouble() * 96,
                                       (height - f.value(3).toDouble()) * 96);
                QVERIFY2(near(l.nodes[i].center(), expected, 1.0),
                         qPrintable(QStringLiteral("node %1").arg(i)));
                ++compared;
            }
        }
        QCOMPARE(compared, 40);
    }

    void tuning_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<QByteArray>("splines");
        QTest::newRow("hello") << 40 << 60 << QByteArray();
        QTest::newRow("cmd/go reduced") << 318 << 727 << QByteArray();
        QTest::newRow("5000 layered") << 5000 << 11000 << QByteArray("none");
    }
    void tuning()
    {
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(QByteArray, splines);
        QCOMPARE(tuningFor(nodes, edges).splines, splines);
        LayoutInput in = parse("a>b");
        QCOMPARE(layoutGraph(in).tuning, tuningFor(2, 1));
        in.tuning = DotTuning{"1", "1", "0.1", "line", ""};
        QCOMPARE(layoutGraph(in).tuning, *in.tuning);
    }

    void errors()
    {
        LayoutInput in = parse("a>b");
        in.edges.append({0, 7});
        const Layout bad = layoutGraph(in);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.contains(QLatin1String("0..1")));
        QVERIFY(bad.nodes.isEmpty());
        const std::atomic_bool cancel{true};
        QCOMPARE(layoutGraph(parse("a>b"), &cancel).error, QStringLiteral("cancelled"));
        const Layout empty = layoutGraph({});
        QVERIFY(empty.ok());
        QVERIFY(empty.boundingBox.isEmpty());
    }

    void concurrentCallers()
    {
        const LayoutInput in = randomDag(7, 60);
        const Layout expected = layoutGraph(in);
        QList<Layout> results(4);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] { results[t] = layoutGraph(in); });
        for (auto &t : threads)
            t.join();
        for (const Layout &l : results)
            QCOMPARE(l.nodes, expected.nodes);
    }

    void decimalCommaLocale()
    {
        // A locale whose decimal point is ',' (compiled into a temp dir:
        // the machine may have none installed).
        QTemporaryDir dir;
        const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
        if (localedef.isEmpty())
            QFAIL("localedef (libc-bin) is missing: cannot make a decimal-comma locale");
        QProcess::execute(localedef,
                          {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"),
                           QStringLiteral("UTF-8"), dir.filePath(QStringLiteral("de_DE.UTF-8"))});
        const LayoutInput in = randomDag(2, 30);
        const Layout expected = layoutGraph(in);
        qputenv("LOCPATH", dir.path().toLocal8Bit());
        const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
        QVERIFY(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"));
        QCOMPARE(std::localeconv()->decimal_point, ",");
        {
            const CNumericLocale numericC; // what layoutGraph holds while dot runs
            QVERIFY(numericC.active());
            QCOMPARE(std::localeconv()->decimal_point, ".");
            QCOMPARE(QByteArray::number(std::strtod("1.5", nullptr)), QByteArray("1.5"));
        }
        QCOMPARE(std::localeconv()->decimal_point, ",");
        QCOMPARE(QByteArray::number(std::strtod("1.5", nullptr)), QByteArray("1"));
        const Layout l = layoutGraph(in);
        QCOMPARE(std::localeconv()->decimal_point, ","); // unchanged outside
        std::setlocale(LC_NUMERIC, previous.c_str());
        qunsetenv("LOCPATH");
        QVERIFY(l.ok());
        QCOMPARE(l.nodes, expected.nodes);
        QCOMPARE(l.boundingBox, expected.boundingBox);
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
