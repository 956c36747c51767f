#include "models/actionstyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace kiln::gui
{

QList<ActionStatus> ActionStyle::allStatuses()
{
    return {ActionStatus::Waiting,  ActionStatus::Ready,    ActionStatus::Running,
            ActionStatus::CacheHit, ActionStatus::Built,    ActionStatus::Failed,
            ActionStatus::Skipped,  ActionStatus::Cancelled};
}

QString ActionStyle::statusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Waiting:
        return tr("waiting");
    case ActionStatus::Ready:
        return tr("ready");
    case ActionStatus::Running:
        return tr("running");
    case ActionStatus::CacheHit:
        return tr("cache hit");
    case ActionStatus::Built:
        return tr("built");
    case ActionStatus::Failed:
        return tr("failed");
    case ActionStatus::Skipped:
        return tr("skipped");
    case ActionStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString ActionStyle::statusToolTip(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Waiting:
        return tr("Waits for the actions it depends on.");
    case ActionStatus::Ready:
        return tr("Its dependencies are done; it waits for a free worker.");
    case ActionStatus::Running:
        return tr("A worker is running it now.");
    case ActionStatus::CacheHit:
        return tr("Its result came from the build cache (go shows this as \"(cached)\"): no tool "
                  "ran.");
    case ActionStatus::Built:
        return tr("Its tools ran and succeeded.");
    case ActionStatus::Failed:
        return tr("Its tools ran and failed; the console shows why.");
    case ActionStatus::Skipped:
        return tr("Not run because an action it depends on failed.");
    case ActionStatus::Cancelled:
        return tr("Not run, or stopped, because the build was stopped.");
    }
    return {};
}

QColor ActionStyle::statusColor(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Waiting:
        return QColor(0x8a, 0x90, 0x96); // grey
    case ActionStatus::Ready:
        return QColor(0x99, 0x94, 0x00); // olive yellow
    case ActionStatus::Running:
        return QColor(0x3b, 0x6f, 0xe0); // blue
    case ActionStatus::CacheHit:
        return QColor(0x1a, 0x9f, 0xc0); // cyan
    case ActionStatus::Built:
        return QColor(0x21, 0x96, 0x53); // green
    case ActionStatus::Failed:
        return QColor(0xd6, 0x45, 0x3d); // red
    case ActionStatus::Skipped:
        return QColor(0xa0, 0x78, 0x4f); // brown
    case ActionStatus::Cancelled:
        return QColor(0x7a, 0x6f, 0x8a); // grey violet
    }
    return Qt::gray;
}

// Orange: no state and no mode colour is orange, so the mark never reads
// as one.
QColor ActionStyle::criticalPathColor()
{
    return QColor(0xff, 0x8c, 0x00);
}

// A filled disc in the state's colour with a dark rim, so states stay
// distinguishable on light and dark palettes.
QIcon ActionStyle::statusIcon(ActionStatus status)
{
    static QHash<int, QIcon> icons;
    if (auto it = icons.constFind(int(status)); it != icons.constEnd())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = statusColor(status);
    p.setPen(QPen(c.darker(160), 1.2));
    p.setBrush(c);
    p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    if (status == ActionStatus::CacheHit) { // a hit is hollow in the middle: nothing ran
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(5.5, 5.5, 5, 5));
    }
    p.end();
    return icons.insert(int(status), QIcon(pixmap)).value();
}

QString ActionStyle::modeToolTip(graph::Mode mode)
{
    switch (mode) {
    case graph::Mode::Build:
        return tr("build: compiles one package (compile, asm, pack) into an archive.");
    case graph::Mode::BuiltinPackage:
        return tr("built-in package: unsafe, provided by the compiler; nothing to do.");
    case graph::Mode::BuildInstall:
        return tr("build-install: copies a compiled archive to its install location.");
    case graph::Mode::Link:
        return tr("link: links a main package and its dependencies into an executable.");
    case graph::Mode::LinkInstall:
        return tr("link-install: copies the linked executable to its output file.");
    case graph::Mode::Nop:
        return tr("nop: does nothing; makes the main package compile after its link "
                  "dependencies.");
    case graph::Mode::PreprocessPgo:
        return tr("preprocess PGO profile: turns a pprof profile into the compiler's format.");
    case graph::Mode::GoBuild:
        return tr("go build: the root; done when everything the command asked for is done.");
    case graph::Mode::Vet:
        return tr("vet: runs go vet's checks on a package before its tests (or only computes "
                  "the facts the packages importing it need).");
    case graph::Mode::TestRun:
        return tr("test run: runs a package's test binary and reports ok, FAIL or (cached) "
                  "when an earlier result can be replayed.");
    case graph::Mode::TestClean:
        return tr("test clean: removes the test's temporary directory after its run.");
    case graph::Mode::TestPrint:
        return tr("test print: prints a test run's output, in the order the packages were "
                  "named.");
    case graph::Mode::TestPrintNop:
        return tr("test print (nop): go test -c: nothing to print; orders the test builds.");
    case graph::Mode::TestBuild:
        return tr("test build: copies the test binary to its output file (go test -c or -o).");
    case graph::Mode::GoTest:
        return tr("go test: the root; done when every package's test result is printed.");
    }
    return {};
}

QColor ActionStyle::modeColor(graph::Mode mode)
{
    switch (mode) {
    case graph::Mode::Build:
        return QColor(0x5b, 0x8d, 0xc9);
    case graph::Mode::Link:
        return QColor(0x9b, 0x6b, 0xc4);
    case graph::Mode::BuildInstall:
    case graph::Mode::LinkInstall:
        return QColor(0x4f, 0xa8, 0x8c);
    case graph::Mode::PreprocessPgo:
        return QColor(0xc9, 0x8b, 0x4b);
    case graph::Mode::Vet:
        return QColor(0xb5, 0x7a, 0xa8); // mauve
    case graph::Mode::TestRun:
        return QColor(0x4f, 0x9a, 0x3e); // leaf green
    case graph::Mode::TestBuild:
        return QColor(0x4f, 0xa8, 0x8c); // as the installs: a copy to an output file
    case graph::Mode::TestClean:
    case graph::Mode::TestPrint:
    case graph::Mode::TestPrintNop:
    case graph::Mode::BuiltinPackage:
    case graph::Mode::Nop:
    case graph::Mode::GoBuild:
    case graph::Mode::GoTest:
        return QColor(0x9a, 0xa0, 0xa6);
    }
    return Qt::gray;
}

QString ActionStyle::shortDesc(const QString &desc)
{
    const qsizetype bracket = desc.indexOf(QLatin1String(" ["));
    if (bracket < 0 || !desc.endsWith(QLatin1Char(']')))
        return desc.section(QLatin1Char('/'), -1);
    const QString variant = desc.mid(bracket + 2, desc.size() - bracket - 3);
    return desc.left(bracket).section(QLatin1Char('/'), -1) + QStringLiteral(" [") +
           variant.section(QLatin1Char('/'), -1) + QLatin1Char(']');
}

QString ActionStyle::duration(qint64 ns)
{
    if (ns < 0)
        return {};
    if (ns < 1'000'000)
        return tr("%1 µs").arg(ns / 1000);
    if (ns < 1'000'000'000)
        return tr("%1 ms").arg(ns / 1'000'000);
    if (ns < 60'000'000'000)
        return tr("%1 s").arg(double(ns) / 1e9, 0, 'f', 2);
    const qint64 s = ns / 1'000'000'000;
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace kiln::gui
