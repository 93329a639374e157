// SPDX-License-Identifier: GPL-3.0-or-later
// The colours that carry meaning stay readable in a light and in a dark palette, and the views
// that use them take them from the palette in use.
#include "publish/publicationjobsmodel.h"
#include "widgets/banner.h"
#include "widgets/tones.h"

#include "palettes.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace desk;
using namespace desk::ui;

Q_DECLARE_METATYPE(desk::ui::Tones::Tone)

namespace {
using desk::test::darkPalette;

QPalette lightPalette()
{
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}
} // namespace

class TestTones final : public QObject
{
    Q_OBJECT

private slots:
    void readableInBothPalettes_data();
    void readableInBothPalettes();
    void bannersFollowThePalette();
    void modelsTakeTheApplicationsPalette();
};

void TestTones::readableInBothPalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Tones::Tone>("tone");
    for (const auto &[name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        for (const auto &[toneName, tone] : {std::pair{"bad", Tones::Tone::Bad}, std::pair{"warning", Tones::Tone::Warning},
                                             std::pair{"good", Tones::Tone::Good}, std::pair{"muted", Tones::Tone::Muted},
                                             std::pair{"accent", Tones::Tone::Accent}})
            QTest::addRow("%s %s", name, toneName) << palette << tone;
    }
}

void TestTones::readableInBothPalettes()
{
    QFETCH(QPalette, palette);
    QFETCH(Tones::Tone, tone);
    const QColor text = Tones::color(tone, palette);
    // WCAG AA for normal text, on the base and on the window.
    QVERIFY2(Tones::contrast(text, palette.color(QPalette::Base)) >= 4.5,
             qPrintable(QString::number(Tones::contrast(text, palette.color(QPalette::Base)))));
    QVERIFY(Tones::contrast(text, palette.color(QPalette::Window)) >= 4.5);
    // A banner's background keeps the window's text readable.
    QVERIFY(Tones::contrast(palette.color(QPalette::WindowText), Tones::background(tone, palette)) >= 4.5);
    QCOMPARE(Tones::contrast(Qt::black, Qt::white), 21.0);
}

void TestTones::bannersFollowThePalette()
{
    Banner light;
    light.setPalette(lightPalette());
    light.show(QStringLiteral("Saved."), false);
    Banner dark;
    dark.setPalette(darkPalette());
    dark.show(QStringLiteral("Not saved."), true);
    QVERIFY(light.styleSheet().contains(Tones::css(Tones::background(Tones::Tone::Good, lightPalette()))));
    QVERIFY(dark.styleSheet().contains(Tones::css(Tones::background(Tones::Tone::Bad, darkPalette()))));
    QVERIFY(Tones::background(Tones::Tone::Bad, darkPalette()).lightness() < 100);
}

void TestTones::modelsTakeTheApplicationsPalette()
{
    PublicationJob failed;
    failed.id = 1;
    failed.state = JobState::Failed;
    PublicationJobsModel model;
    model.setRows({failed});
    const QModelIndex state = model.index(0, PublicationJobsModel::State);
    QApplication::setPalette(lightPalette());
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), Tones::color(Tones::Tone::Bad, lightPalette()));
    QApplication::setPalette(darkPalette());
    const QColor onDark = state.data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(onDark, Tones::color(Tones::Tone::Bad, darkPalette()));
    QVERIFY(Tones::contrast(onDark, darkPalette().color(QPalette::Base)) >= 4.5);
}

QTEST_MAIN(TestTones)
#include "test_tones.moc"
