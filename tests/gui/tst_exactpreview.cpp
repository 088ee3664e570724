#include "screenshot.h"
#include "templates/exactpreview.h"
#include "templates/previewsamples.h"
#include "templates/templatepreview.h"
#include "templates/templaterenderer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QWebEnginePage>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

MessageTemplate emailWith(const QString &html)
{
    MessageTemplate messageTemplate;
    messageTemplate.id = u"shipped"_s;
    messageTemplate.subject = u"Order {{order.number}}"_s;
    messageTemplate.html = html;
    messageTemplate.text = u"Order {{order.number}}"_s;
    return messageTemplate;
}

// What Chromium shows as text (innerText: what is hidden is not in it), once it answers.
QString shownText(QWebEnginePage *page)
{
    QString text;
    bool answered = false;
    page->toPlainText([&](const QString &result) {
        text = result;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000)) {
        return u"(no answer)"_s;
    }
    return text;
}

} // namespace

// The Templates page's exact preview: the email drawn by Chromium (Qt WebEngine), loading nothing from outside.
class tst_ExactPreview final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase()
    {
        qunsetenv("TIDINGS_PREVIEW"); // the other GUI tests read Qt's view; this one Chromium's
        QVERIFY(Ui::exactPreviewAvailable());
    }

    void draws_theRenderedEmail_data();
    void draws_theRenderedEmail();
    void widths_areThePagesWidth();
    void remoteImages_andLinks_areRefused();
    void toggle_switchesToQtsView();
    void hidden_startsNoChromium_untilShown();

private:
    struct Preview
    {
        Ui::TemplatePreview view;

        bool drawn(const MessageTemplate &messageTemplate)
        {
            QSignalSpy shown(&view, &Ui::TemplatePreview::exactShown);
            view.setTemplate(messageTemplate, ChannelKind::Email);
            view.renderNow();
            return shown.wait(20000) && shown.constLast().at(0).toBool();
        }
    };

    std::unique_ptr<Preview> open()
    {
        auto preview = std::make_unique<Preview>();
        preview->view.setSamples(Ui::previewSamples());
        preview->view.resize(900, 800);
        preview->view.show();
        return preview;
    }
};

void tst_ExactPreview::draws_theRenderedEmail_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");

    QTest::newRow("the built-in shipped email")
        << builtInTemplate(u"shipped"_s)->html
        << QStringList{u"Your order is on its way, Ada!"_s, u"Track your package"_s} << QStringList{u"{{"_s};
    QTest::newRow("a hidden preheader stays hidden")
        << u"<div style=\"display:none;max-height:0\">Inbox line</div><p>Body {{order.number}}</p>"_s
        << QStringList{u"Body #1042"_s} << QStringList{u"Inbox line"_s};
    QTest::newRow("order data is text, not markup")
        << u"<p>{{customer.firstName}} <b>bold</b></p>"_s << QStringList{u"Ada bold"_s} << QStringList{u"<b>"_s};
}

void tst_ExactPreview::draws_theRenderedEmail()
{
    QFETCH(QString, html);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);

    auto preview = open();
    QVERIFY(preview->view.isExactView());
    QVERIFY(preview->drawn(emailWith(html)));
    QCOMPARE(preview->view.findChild<QStackedWidget *>(u"previewHtmlPane"_s)->currentWidget(),
             preview->view.exactView());
    const QString text = shownText(preview->view.exactView()->page());
    for (const QString &words : shown) {
        QVERIFY2(text.contains(words), qPrintable(text));
    }
    for (const QString &words : notShown) {
        QVERIFY2(!text.contains(words), qPrintable(text));
    }
    QVERIFY(screenshot(&preview->view, u"exactpreview"_s, QString::fromLatin1(QTest::currentDataTag()).left(12)));
}

// The page inside is 600 pixels wide on the desktop and 375 on the phone, so the layout's phone rules apply.
void tst_ExactPreview::widths_areThePagesWidth()
{
    auto preview = open();
    QVERIFY(preview->drawn(builtInTemplate(u"shipped"_s).value()));
    QTRY_COMPARE(preview->view.exactView()->page()->contentsSize().width(), 600.0);
    QSignalSpy shown(&preview->view, &Ui::TemplatePreview::exactShown);
    preview->view.phoneButton()->click();
    QTRY_COMPARE(preview->view.exactView()->page()->contentsSize().width(), 375.0);
    QVERIFY(screenshot(&preview->view, u"exactpreview"_s, u"phone"_s));
}

// A remote image (a tracking pixel, the shop's logo on its server) is not fetched and a link is not followed:
// a loopback server sees no connection.
void tst_ExactPreview::remoteImages_andLinks_areRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = u"http://127.0.0.1:%1/"_s.arg(server.serverPort());
    auto preview = open();
    QVERIFY(preview->drawn(emailWith(u"<p>Logo <img src=\"%1logo.png\" alt=\"logo\"></p>"
                                     "<link rel=\"stylesheet\" href=\"%1style.css\">"_s.arg(base))));
    QTRY_VERIFY(preview->view.exactView()->refusedRequests() >= 2);

    QWebEnginePage *page = preview->view.exactView()->page();
    const QUrl before = page->url();
    QSignalSpy finished(page, &QWebEnginePage::loadFinished);
    page->setUrl(QUrl(base + u"follow-me"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    QCOMPARE(page->url(), before);
    QVERIFY(!server.hasPendingConnections());
    QVERIFY(!server.waitForNewConnection(0));
}

void tst_ExactPreview::toggle_switchesToQtsView()
{
    auto preview = open();
    QVERIFY(preview->drawn(emailWith(u"<p>First {{order.number}}</p>"_s)));
    preview->view.exactButton()->click(); // off
    QVERIFY(!preview->view.isExactView());
    auto *pane = preview->view.findChild<QStackedWidget *>(u"previewHtmlPane"_s);
    QCOMPARE(pane->currentWidget(), preview->view.htmlView());
    QTRY_VERIFY(preview->view.htmlView()->toPlainText().contains(u"First #1042"_s));
    preview->view.setTemplate(emailWith(u"<p>Second {{order.number}}</p>"_s), ChannelKind::Email);
    preview->view.renderNow();
    QVERIFY(preview->view.htmlView()->toPlainText().contains(u"Second #1042"_s));

    QSignalSpy shown(&preview->view, &Ui::TemplatePreview::exactShown);
    preview->view.exactButton()->click(); // on again: Chromium draws the latest
    QVERIFY(shown.wait(20000));
    QCOMPARE(pane->currentWidget(), preview->view.exactView());
    QVERIFY(shownText(preview->view.exactView()->page()).contains(u"Second #1042"_s));
}

// The window's Templates page renders while another page is shown: Chromium starts only when the preview is.
void tst_ExactPreview::hidden_startsNoChromium_untilShown()
{
    Ui::TemplatePreview view;
    view.setSamples(Ui::previewSamples());
    view.resize(900, 800);
    QSignalSpy shown(&view, &Ui::TemplatePreview::exactShown);
    view.setTemplate(emailWith(u"<p>Waiting {{order.number}}</p>"_s), ChannelKind::Email);
    view.renderNow();
    QVERIFY(view.lastRendering() && *view.lastRendering());
    QVERIFY(!view.findChild<Ui::ExactPreview *>()); // nothing of Chromium's made yet
    QCOMPARE(shown.size(), 0);

    view.show();
    QVERIFY(shown.wait(20000));
    QVERIFY(shown.constLast().at(0).toBool());
    QVERIFY(view.findChild<Ui::ExactPreview *>());
    QVERIFY(shownText(view.exactView()->page()).contains(u"Waiting #1042"_s));
}

int main(int argc, char *argv[])
{
    Tidings::Ui::prepareExactPreview(); // as the application does, before the QApplication
    QApplication app(argc, argv);
    tst_ExactPreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exactpreview.moc"
