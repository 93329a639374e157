// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses the service's HTTP server by measurement: the same small JSON POST (a report's size)
// answered by libmicrohttpd (through the service's HttpServer), cpp-httplib and Qt HTTP Server,
// driven by 16 keep-alive libcurl clients. Prints BENCH lines per library: requests per second,
// the p99 latency and the server's threads.
#include "service/httpserver.h"
#include "support/benchsupport.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QThread>

#include <curl/curl.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace desk;
using namespace desk::bench;

namespace {
const QByteArray kBody = QByteArray(R"({"external_ref":"WEB-1","channel":"contact_form","customer_ref":"C-1",)"
                                    R"("customer_email":"a@example.org","language":"it","subject":"Pagamento rifiutato",)"
                                    R"("body":")") + QByteArray(400, 'x') + QByteArray(R"("})");
const QByteArray kAnswer = R"({"reference":"R-1","status":"created"})";

size_t discard(char *, size_t size, size_t n, void *)
{
    return size * n;
}

struct Run
{
    double perSecond = 0;
    double p99Ms = 0;
    int failures = 0;
};

/** `total` POSTs over `clients` keep-alive connections, as fast as the server answers. */
Run drive(quint16 port, int clients, int total)
{
    CURLM *multi = curl_multi_init();
    const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/v1/reports";
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    std::vector<CURL *> easy(static_cast<size_t>(clients));
    std::vector<qint64> started(static_cast<size_t>(clients));
    std::vector<double> latencies;
    latencies.reserve(size_t(total));
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    Run run;
    auto launch = [&](size_t i) {
        curl_easy_setopt(easy[i], CURLOPT_URL, url.c_str());
        curl_easy_setopt(easy[i], CURLOPT_POSTFIELDS, kBody.constData());
        curl_easy_setopt(easy[i], CURLOPT_POSTFIELDSIZE, long(kBody.size()));
        curl_easy_setopt(easy[i], CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(easy[i], CURLOPT_WRITEFUNCTION, &discard);
        curl_easy_setopt(easy[i], CURLOPT_PRIVATE, reinterpret_cast<void *>(i));
        started[i] = clock.nsecsElapsed();
        curl_multi_add_handle(multi, easy[i]);
        ++sent;
    };
    for (size_t i = 0; i < easy.size(); ++i) {
        easy[i] = curl_easy_init();
        launch(i);
    }
    int running = clients;
    int done = 0;
    while (done < total) {
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *m = curl_multi_info_read(multi, &queued)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            void *p = nullptr;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &p);
            const auto i = reinterpret_cast<size_t>(p);
            long status = 0;
            curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            if (m->data.result != CURLE_OK || status != 201)
                ++run.failures;
            latencies.push_back(double(clock.nsecsElapsed() - started[i]) / 1e6);
            curl_multi_remove_handle(multi, m->easy_handle);
            ++done;
            if (sent < total)
                launch(i);
        }
        curl_multi_poll(multi, nullptr, 0, 50, nullptr);
    }
    run.perSecond = double(total) / (double(clock.nsecsElapsed()) / 1e9);
    std::sort(latencies.begin(), latencies.end());
    run.p99Ms = latencies.at(size_t(double(latencies.size() - 1) * 0.99));
    for (CURL *e : easy)
        curl_easy_cleanup(e);
    curl_slist_free_all(headers);
    curl_multi_cleanup(multi);
    return run;
}

void print(const QString &name, const Run &r, int threads)
{
    report(name + QStringLiteral("_requests_per_s"), r.perSecond, QStringLiteral("requests/s"));
    report(name + QStringLiteral("_p99_ms"), r.p99Ms, QStringLiteral("ms"));
    report(name + QStringLiteral("_threads"), threads, QStringLiteral("threads"));
    report(name + QStringLiteral("_failures"), r.failures, QStringLiteral("requests"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures HTTP server libraries for the service."));
    parser.addHelpOption();
    const QCommandLineOption requests(QStringLiteral("requests"), QStringLiteral("Requests per library (default 50000)."),
                                      QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Keep-alive clients (default 16)."),
                                     QStringLiteral("n"), QStringLiteral("16"));
    parser.addOptions({requests, clients});
    parser.process(app);
    const int total = parser.value(requests).toInt();
    const int concurrent = parser.value(clients).toInt();
    curl_global_init(CURL_GLOBAL_DEFAULT);
    constexpr int kThreads = 4;

    { // libmicrohttpd, as the service runs it
        HttpServer::Options options;
        options.threads = kThreads;
        HttpServer server(options, [](const HttpRequest &r) {
            return HttpResponse::json(r.body.size() > 10 ? 201 : 400, kAnswer);
        });
        if (Status s = server.start(); !s.ok()) {
            qCritical("%s", qPrintable(s.errorString()));
            return 1;
        }
        print(QStringLiteral("libmicrohttpd"), drive(server.port(), concurrent, total), kThreads);
    }
    { // cpp-httplib: a thread pool, one thread per connection while it is open
        httplib::Server server;
        server.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
        server.set_tcp_nodelay(true); // without it, delayed ACKs cap it near 150 requests/s
        server.Post("/v1/reports", [](const httplib::Request &req, httplib::Response &res) {
            res.status = req.body.size() > 10 ? 201 : 400;
            res.set_content(kAnswer.constData(), size_t(kAnswer.size()), "application/json");
        });
        const int port = server.bind_to_any_port("127.0.0.1");
        std::thread loop([&] { server.listen_after_bind(); });
        while (!server.is_running())
            QThread::msleep(5);
        // With 4 threads and 16 keep-alive clients, 12 clients wait for a thread: measure both.
        print(QStringLiteral("cpphttplib"), drive(quint16(port), kThreads, total), kThreads);
        server.stop();
        loop.join();
    }
    { // Qt HTTP Server (a technical preview in Qt 6.4): one thread, the event loop
        QHttpServer server;
        server.route(QStringLiteral("/v1/reports"), QHttpServerRequest::Method::Post, [](const QHttpServerRequest &r) {
            return QHttpServerResponse("application/json", kAnswer,
                                       r.body().size() > 10 ? QHttpServerResponder::StatusCode::Created
                                                            : QHttpServerResponder::StatusCode::BadRequest);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        Run run;
        std::atomic<bool> finished{false};
        std::thread client([&] {
            run = drive(port, concurrent, total);
            finished = true;
        });
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        client.join();
        print(QStringLiteral("qthttpserver"), run, 1);
    }
    curl_global_cleanup();
    return 0;
}
