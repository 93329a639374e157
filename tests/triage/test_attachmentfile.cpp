// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk does with customers' files: only pictures, PDF and plain text are opened (from a
// read-only copy), anything that could run or render as a page is only saved; names never reach
// outside the copy's folder.
#include "triage/attachmentfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestAttachmentFile final : public QObject
{
    Q_OBJECT

private slots:
    void opensOnlyWhatOnlyShows_data();
    void opensOnlyWhatOnlyShows();
    void namesStayInTheirFolder();
    void copiesAreReadOnly();
    void listsTheReportsFiles();
};

void TestAttachmentFile::opensOnlyWhatOnlyShows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("opens");
    QTest::newRow("png") << "screen.png" << "image/png" << true;
    QTest::newRow("PDF upper case") << "Invoice.PDF" << "application/pdf" << true;
    QTest::newRow("text") << "log.txt" << "text/plain; charset=utf-8" << true;
    QTest::newRow("no type") << "photo.jpg" << "" << true;
    QTest::newRow("html") << "page.html" << "text/html" << false;
    QTest::newRow("svg") << "logo.svg" << "image/svg+xml" << false;
    QTest::newRow("png that says html") << "screen.png" << "text/html" << false;
    QTest::newRow("svg named png") << "screen.png" << "image/svg+xml" << false;
    QTest::newRow("program") << "setup.exe" << "application/octet-stream" << false;
    QTest::newRow("double extension") << "invoice.pdf.desktop" << "application/pdf" << false;
    QTest::newRow("script") << "fix.sh" << "text/plain" << false;
    QTest::newRow("office with macros") << "sheet.xlsm" << "application/vnd.ms-excel" << false;
    QTest::newRow("no extension") << "README" << "text/plain" << false;
}

void TestAttachmentFile::opensOnlyWhatOnlyShows()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(bool, opens);
    QCOMPARE(AttachmentFile::safeToOpen(name, type), opens);
}

void TestAttachmentFile::namesStayInTheirFolder()
{
    QCOMPARE(AttachmentFile::safeName(QStringLiteral("../../etc/passwd")), QStringLiteral("passwd"));
    QCOMPARE(AttachmentFile::safeName(QStringLiteral(".bashrc")), QStringLiteral("bashrc"));
    QCOMPARE(AttachmentFile::safeName(QStringLiteral("a\\b:c*?.txt")), QStringLiteral("a_b_c__.txt"));
    QCOMPARE(AttachmentFile::safeName(QStringLiteral("..")), QStringLiteral("file"));
    QCOMPARE(AttachmentFile::safeName(QString(500, u'x') + QStringLiteral(".png")), QString(100, u'x') + QStringLiteral(".png"));
}

void TestAttachmentFile::copiesAreReadOnly()
{
    QTemporaryDir dir;
    auto path = AttachmentFile::writeCopy(dir.path(), QStringLiteral("../escape.png"), QByteArray("png bytes"));
    QVERIFY2(path.ok(), qPrintable(path.errorString()));
    QCOMPARE(path.value(), dir.filePath(QStringLiteral("escape.png")));
    QFile f(path.value());
    // The file's own mode (the "User" bits say what this process may do, and root may do all).
    const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(f.permissions() & mode, QFileDevice::ReadOwner);
    // Opened again: the earlier copy is replaced.
    QVERIFY(AttachmentFile::writeCopy(dir.path(), QStringLiteral("escape.png"), QByteArray("newer")).ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("newer"));
}

void TestAttachmentFile::listsTheReportsFiles()
{
    const auto files = AttachmentFile::parseList(
        QStringLiteral(R"([{"name":"a.png","type":"image/png","size":10},{"bad":1},{"name":"b.pdf","type":"application/pdf","size":20}])"));
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1).position, 2); // its place in the stored list, as the database numbers it
    QCOMPARE(files.at(1).size, 20);
    QVERIFY(AttachmentFile::parseList(QStringLiteral("not json")).isEmpty());
}

QTEST_MAIN(TestAttachmentFile)
#include "test_attachmentfile.moc"
