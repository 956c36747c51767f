#include "load/package.h"

namespace kiln::load
{

QString Package::desc() const
{
    if (!forTest.isEmpty())
        return importPath + QStringLiteral(" [") + forTest + QStringLiteral(".test]");
    if (!forMain.isEmpty())
        return importPath + QStringLiteral(" [") + forMain + QLatin1Char(']');
    return importPath;
}

QString PackageError::text() const
{
    if (!pos.isEmpty() && (importStack.isEmpty() || !alwaysPrintStack))
        return pos + QStringLiteral(": ") + err;
    if (importStack.isEmpty())
        return err;
    QString optpos;
    if (!pos.isEmpty())
        optpos = QStringLiteral("\n\t") + pos;
    QStringList stack = importStack;
    if (isImportCycle) {
        for (qsizetype i = 0; i < stack.size() && i < stackPos.size(); ++i) {
            const SourcePos &p = stackPos[i];
            if (!p.file.isEmpty())
                stack[i] += QStringLiteral(" from ") + p.file.section(QLatin1Char('/'), -1);
        }
    }
    return QStringLiteral("package ") + stack.join(QStringLiteral("\n\timports ")) + optpos +
           QStringLiteral(": ") + err;
}

namespace
{

bool isVersionElement(const QString &s)
{
    if (s.size() < 2 || s[0] != QLatin1Char('v') || s[1] == QLatin1Char('0') ||
        (s[1] == QLatin1Char('1') && s.size() == 2))
        return false;
    for (qsizetype i = 1; i < s.size(); ++i)
        if (!s[i].isDigit() && s[i] != QLatin1Char('.'))
            return false;
    return true;
}

} // namespace

QString exeName(const QString &importPath)
{
    QStringList elems = importPath.split(QLatin1Char('/'));
    QString elem = elems.last();
    if (elems.size() > 1 && isVersionElement(elem))
        elem = elems[elems.size() - 2];
    return elem;
}

QString defaultExecName(const Package &p)
{
    if (!p.cmdlineFiles)
        return exeName(p.importPath);
    const QString src = !p.goFiles.isEmpty()    ? p.goFiles.first()
                        : !p.cgoFiles.isEmpty() ? p.cgoFiles.first()
                                                : QString();
    const QString base = src.mid(src.lastIndexOf(QLatin1Char('/')) + 1);
    return base.endsWith(QLatin1String(".go")) ? base.chopped(3) : base;
}

} // namespace kiln::load
