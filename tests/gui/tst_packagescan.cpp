// The file-system package scan behind the package tree: go's skip rules for
// "./..." and the package clause reader.
#include "controllers/packagescan.h"
#include "support/tempmodule.h"

#include <QTest>

using namespace kiln;
using namespace kiln::gui;

class TestPackageScan : public QObject
{
    Q_OBJECT
private slots:
    void packageClause_data();
    void packageClause();
    void skipsLikeGo();
    void names();
    void unreadableRoot();
};

void TestPackageScan::packageClause_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QByteArray("package main\n") << "main";
    QTest::newRow("line comments")
        << QByteArray("// Copyright\n// doc\npackage foo // x\n") << "foo";
    QTest::newRow("build constraint") << QByteArray("//go:build linux\n\npackage bar\n") << "bar";
    QTest::newRow("block comment") << QByteArray("/* a\n package no */ package yes;") << "yes";
    QTest::newRow("tabs and CRLF") << QByteArray("\r\n\tpackage\tt_1\r\n") << "t_1";
    QTest::newRow("unicode") << QByteArray("package größe\n") << "größe";
    QTest::newRow("test package") << QByteArray("package greet_test\n") << "greet_test";
    QTest::newRow("no clause") << QByteArray("import \"fmt\"\n") << "";
    QTest::newRow("keyword prefix") << QByteArray("packagex y\n") << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("unterminated comment") << QByteArray("/* package x") << "";
}

void TestPackageScan::packageClause()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, name);
    QCOMPARE(readPackageClause(source), name);
}

void TestPackageScan::skipsLikeGo()
{
    test::TempModule m({
        {"go.mod", "module example.com/m\n"},
        {"main.go", "package main\n"},
        {"a/a.go", "package a\n"},
        {"a/a_test.go", "package a\n"},
        {"a/_ignored.go", "package ignored\n"},
        {"a/.hidden.go", "package hidden\n"},
        {"a/testdata/t.go", "package t\n"},
        {"vendor/v/v.go", "package v\n"},
        {"_build/b.go", "package b\n"},
        {".git/g.go", "package g\n"},
        {"nested/go.mod", "module example.com/nested\n"},
        {"nested/n.go", "package n\n"},
        {"docs/readme.txt", "no go here\n"},
        {"b/c/c.go", "package c\n"},
    });
    const QList<PackageDir> pkgs = scanPackages(m.path());
    QStringList paths;
    for (const PackageDir &p : pkgs)
        paths.append(p.relPath);
    QCOMPARE(paths, QStringList({"", "a", "b/c"}));
    QCOMPARE(pkgs[0].name, QStringLiteral("main"));
    QVERIFY(pkgs[0].isMain());
    QCOMPARE(pkgs[1].goFiles, 1);
    QCOMPARE(pkgs[1].testFiles, 1);
}

void TestPackageScan::names()
{
    test::TempModule m({
        {"go.mod", "module example.com/m\n"},
        {"first/b.go", "package second\n"},
        {"first/a.go", "// doc\npackage first\n"},
        {"first/0_test.go", "package first_test\n"},
        {"testsonly/x_test.go", "package testsonly_test\n"},
    });
    const QList<PackageDir> pkgs = scanPackages(m.path());
    QCOMPARE(pkgs.size(), 2);
    QCOMPARE(pkgs[0].name, QStringLiteral("first"));
    QCOMPARE(pkgs[0].goFiles, 2);
    QCOMPARE(pkgs[1].name, QStringLiteral("testsonly"));
    QCOMPARE(pkgs[1].goFiles, 0);
    QCOMPARE(pkgs[1].testFiles, 1);
}

void TestPackageScan::unreadableRoot()
{
    QVERIFY(scanPackages(QStringLiteral("/nonexistent/kiln")).isEmpty());
}

QTEST_MAIN(TestPackageScan)
#include "tst_packagescan.moc"
