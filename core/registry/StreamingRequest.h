#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <utility>

class QIODevice;
class QTcpSocket;

namespace DceUpgrade {

// One HTTP/1.1 request whose body is streamed from a device over a socket of this thread: the
// body of a blob upload. QNetworkAccessManager runs HTTP in a thread of its own and pulls an
// upload body across threads 16 KiB at a time, a wake-up and a small write per piece; for a
// 2 GiB push that cost the client about as much CPU as hashing the data, on machines where the
// registry needs the other core (tests/bench/push-bench.sh). Here the body goes out in 1 MiB
// reads, with at most a few MiB waiting in the socket, on one connection that is closed after
// the answer ("Connection: close"): uploads are few and long, so nothing is lost by not
// keeping connections.
//
// It speaks only what a registry upload needs: no redirects, no proxy (RegistryClient sends
// through Qt when a proxy applies), no Expect: 100-continue. The answer may come early (a 413
// or 401 before the whole body is sent): it is read and reported as the answer.
class StreamingRequest final : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer, see error
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QString error; // the socket's words when there is no answer
        bool tlsFailed = false;
        bool timedOut = false;
        bool bodyUnreadable = false; // the body device failed or ended early: error says why
    };

    // `body` is read from its current position, `bodySize` bytes; it must outlive the request.
    StreamingRequest(QByteArray method, QUrl url, QList<std::pair<QByteArray, QByteArray>> headers,
        QIODevice *body, qint64 bodySize, QSslConfiguration tls, int stallTimeoutMs,
        QObject *parent = nullptr);
    ~StreamingRequest() override;

    void start();
    // Drops the connection; finished() follows with an error.
    void abort();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    // Once, queued after the last socket event; the object may then be deleted.
    void finished(const StreamingRequest::Answer &answer);

private:
    void onConnected();
    void pump();
    void onBytesWritten();
    void onReadyRead();
    void onDisconnected();
    // The connection ended: closed by the server (`why` empty) or a socket error saying why.
    void onClosed(const QString &why);
    void onStalled();
    // True once a whole answer is in m_received (and parsed into m_answer).
    bool parseAnswer();
    void finish(const QString &error = {});

    QByteArray m_method;
    QUrl m_url;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QIODevice *m_body;
    qint64 m_bodySize;
    QSslConfiguration m_tls;
    QTcpSocket *m_socket = nullptr;
    QTimer m_stall;
    QByteArray m_buffer; // the body's next piece on its way to the socket
    qint64 m_read = 0; // body bytes handed to the socket
    QByteArray m_received;
    Answer m_answer;
    bool m_closed = false; // the server closed: an answer without a length ends here
    bool m_done = false;
};

} // namespace DceUpgrade
