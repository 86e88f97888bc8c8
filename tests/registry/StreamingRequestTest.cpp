// StreamingRequest against a SCRIPTED HTTP peer (a QTcpServer in the test that answers exactly
// as told): the answers real registries and proxies give only now and then, on demand. The
// everyday path (uploads into the real docker-registry, nginx's early 413, TLS, tokens) runs in
// PushTest and RegistryClientTest, where every blob upload goes through this class.
#include "registry/StreamingRequest.h"

#include <QBuffer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace DceUpgrade;

namespace {

// Accepts one connection; `onData` sees everything received so far and may answer or close.
class ScriptedHttpPeer
{
public:
    using Script = std::function<void(QTcpSocket &socket, const QByteArray &received)>;

    explicit ScriptedHttpPeer(Script script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_received += socket->readAll();
                m_script(*socket, m_received);
            });
        });
    }

    QUrl url(const QString &path = QStringLiteral("/v2/x/blobs/uploads/1?_state=a%2Bb")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    const QByteArray &received() const { return m_received; }

private:
    QTcpServer m_server;
    Script m_script;
    QByteArray m_received;
};

// The body part of what the peer got, once the head is complete.
QByteArray bodyOf(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : received.mid(end + 4);
}

struct Outcome
{
    StreamingRequest::Answer answer;
    qint64 lastProgress = -1;
};

// `declaredSize` (the Content-Length) is the body's own unless given.
Outcome send(const QUrl &url, const QByteArray &body, int stallMs = 10000,
    const std::function<void(StreamingRequest &)> &whileRunning = {}, qint64 declaredSize = -1)
{
    QBuffer device;
    device.setData(body);
    device.open(QIODevice::ReadOnly);
    StreamingRequest request("PATCH", url, {{"Authorization", "Bearer t0ken"}}, &device,
        declaredSize < 0 ? body.size() : declaredSize, {}, stallMs);
    Outcome outcome;
    QObject::connect(&request, &StreamingRequest::uploadProgress, &request,
        [&outcome](qint64 sent, qint64) { outcome.lastProgress = sent; });
    QEventLoop loop;
    int finished = 0;
    QObject::connect(
        &request, &StreamingRequest::finished, &loop, [&](const StreamingRequest::Answer &answer) {
            ++finished;
            outcome.answer = answer;
            loop.quit();
        });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    request.start();
    if (whileRunning) {
        whileRunning(request);
    }
    loop.exec();
    // Anything more would arrive now: finished() comes once.
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(finished, 1) << "finished() must come exactly once";
    return outcome;
}

} // namespace

TEST(StreamingRequest, SendsTheWholeBodyAndReadsAnInterimThenAChunkedAnswer)
{
    const QByteArray body(3 * 1024 * 1024 + 17, 'b'); // more than one read step
    ScriptedHttpPeer peer([&body](QTcpSocket &socket, const QByteArray &received) {
        if (bodyOf(received).size() == body.size()) {
            socket.write(
                "HTTP/1.1 100 Continue\r\n\r\n"
                "HTTP/1.1 202 Accepted\r\nLocation: /next\r\nTransfer-Encoding: chunked\r\n"
                "\r\n3\r\nhel\r\n2;ext=1\r\nlo\r\n0\r\n\r\n");
        }
    });
    const Outcome outcome = send(peer.url(), body);
    EXPECT_EQ(outcome.answer.status, 202) << outcome.answer.error.toStdString();
    EXPECT_EQ(outcome.answer.headers.value("location"), QByteArray("/next"));
    EXPECT_EQ(outcome.answer.body, QByteArray("hello"));
    EXPECT_EQ(outcome.lastProgress, body.size());
    const QByteArray head = peer.received().left(peer.received().indexOf("\r\n\r\n"));
    EXPECT_TRUE(head.startsWith("PATCH /v2/x/blobs/uploads/1?_state=a%2Bb HTTP/1.1\r\n"))
        << head.constData();
    EXPECT_TRUE(head.contains("\r\nContent-Length: 3145745\r\n")) << head.constData();
    EXPECT_TRUE(head.contains("\r\nConnection: close\r\n")) << head.constData();
    EXPECT_TRUE(head.contains("\r\nAuthorization: Bearer t0ken")) << head.constData();
    EXPECT_EQ(bodyOf(peer.received()), body);
}

TEST(StreamingRequest, AnEarlyAnswerIsTheAnswerAndTheBodyStops)
{
    // A proxy refuses the body after its head, as nginx does with client_max_body_size: it
    // answers, then goes on reading (and dropping) what still comes (its lingering close).
    const QByteArray body(128 * 1024 * 1024, 'x');
    ScriptedHttpPeer peer([](QTcpSocket &socket, const QByteArray &received) {
        if (received.contains("\r\n\r\n") && socket.property("answered").isNull()) {
            socket.setProperty("answered", true);
            socket.write("HTTP/1.1 413 Request Entity Too Large\r\nContent-Length: 4\r\n\r\nbig!");
        }
    });
    const Outcome outcome = send(peer.url(), body);
    EXPECT_EQ(outcome.answer.status, 413) << outcome.answer.error.toStdString();
    EXPECT_EQ(outcome.answer.body, QByteArray("big!"));
    EXPECT_LT(bodyOf(peer.received()).size(), body.size()) << "the rest of the body is not sent";
}

TEST(StreamingRequest, AnAnswerThatEndsWithTheConnectionIsReadToTheEnd)
{
    ScriptedHttpPeer peer([](QTcpSocket &socket, const QByteArray &received) {
        if (bodyOf(received) == "abc") {
            socket.write("HTTP/1.1 500 Internal Server Error\r\n\r\nno space left");
            socket.disconnectFromHost();
        }
    });
    const Outcome outcome = send(peer.url(), "abc");
    EXPECT_EQ(outcome.answer.status, 500) << outcome.answer.error.toStdString();
    EXPECT_EQ(outcome.answer.body, QByteArray("no space left"));
}

TEST(StreamingRequest, AConnectionClosedWithoutAnswerIsAnError)
{
    ScriptedHttpPeer peer([](QTcpSocket &socket, const QByteArray &received) {
        if (received.contains("\r\n\r\n")) {
            socket.abort();
        }
    });
    const Outcome outcome = send(peer.url(), QByteArray(1024, 'x'));
    EXPECT_EQ(outcome.answer.status, 0);
    EXPECT_FALSE(outcome.answer.error.isEmpty());
}

TEST(StreamingRequest, NothingMovingEndsTheRequestAfterTheStallTimeout)
{
    ScriptedHttpPeer peer([](QTcpSocket &, const QByteArray &) {});
    const Outcome outcome = send(peer.url(), "abc", 300);
    EXPECT_EQ(outcome.answer.status, 0);
    EXPECT_TRUE(outcome.answer.timedOut);
    EXPECT_FALSE(outcome.answer.error.isEmpty());
}

TEST(StreamingRequest, AbortEndsItAsCanceled)
{
    ScriptedHttpPeer peer([](QTcpSocket &, const QByteArray &) {});
    const Outcome outcome = send(peer.url(), "abc", 10000, [](StreamingRequest &request) {
        QTimer::singleShot(100, &request, [&request] { request.abort(); });
    });
    EXPECT_EQ(outcome.answer.status, 0);
    EXPECT_FALSE(outcome.answer.timedOut);
    EXPECT_EQ(outcome.answer.error, QStringLiteral("Canceled."));
}

TEST(StreamingRequest, NobodyListeningIsAnError)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v2/").arg(closed.serverPort()));
    closed.close();
    const Outcome outcome = send(url, "abc");
    EXPECT_EQ(outcome.answer.status, 0);
    EXPECT_FALSE(outcome.answer.error.isEmpty());
}

TEST(StreamingRequest, ABodyThatEndsEarlyIsTheBodysFault)
{
    ScriptedHttpPeer peer([](QTcpSocket &, const QByteArray &) {});
    // Says 10 bytes, has 3: as a package file cut short under the reader.
    const Outcome outcome = send(peer.url(), "abc", 10000, {}, 10);
    EXPECT_EQ(outcome.answer.status, 0);
    EXPECT_TRUE(outcome.answer.bodyUnreadable);
    EXPECT_FALSE(outcome.answer.error.isEmpty());
}
