#include "StreamingRequest.h"
#include "util/SystemError.h"

#include <QIODevice>
#include <QNetworkProxy>
#include <QSslSocket>

#include <algorithm>

namespace DceUpgrade {

namespace {

// Read from the body per step, and how much may wait in the socket's buffer before reading
// more: large enough for few system calls, small enough to keep memory flat with 4 uploads.
constexpr qint64 ReadStep = 1 << 20;
constexpr qint64 MaxQueued = 4 << 20;

// The end of the body of a chunked answer at or after `from`, or -1 while it is incomplete;
// the decoded body goes to `out`.
qsizetype dechunk(const QByteArray &data, qsizetype from, QByteArray &out)
{
    QByteArray body;
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0) {
            return -1;
        }
        bool ok = false;
        const qint64 size
            = data.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            return -2;
        }
        at = lineEnd + 2;
        if (size == 0) {
            // Trailers, then an empty line.
            const qsizetype end = data.indexOf("\r\n", at);
            if (end < 0) {
                return -1;
            }
            if (end == at) {
                out = body;
                return end + 2;
            }
            at = end + 2;
            continue;
        }
        if (data.size() < at + size + 2) {
            return -1;
        }
        body += data.mid(at, size);
        at += size + 2;
    }
}

} // namespace

StreamingRequest::StreamingRequest(QByteArray method, QUrl url,
    QList<std::pair<QByteArray, QByteArray>> headers, QIODevice *body, qint64 bodySize,
    QSslConfiguration tls, int stallTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_body(body)
    , m_bodySize(bodySize)
    , m_tls(std::move(tls))
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, &StreamingRequest::onStalled);
}

StreamingRequest::~StreamingRequest() = default;

void StreamingRequest::start()
{
    const bool https = m_url.scheme() == QLatin1String("https");
    if (https) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(m_tls);
        // Handshake failures end in errorOccurred (SslHandshakeFailedError); nothing is ignored.
        connect(tls, &QSslSocket::encrypted, this, &StreamingRequest::onConnected);
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &StreamingRequest::onConnected);
    }
    // RegistryClient uses this class only when no proxy applies to the URL.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &StreamingRequest::onBytesWritten);
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamingRequest::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &StreamingRequest::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        m_answer.tlsFailed = code == QAbstractSocket::SslHandshakeFailedError;
        onClosed(m_socket->errorString());
    });
    const quint16 port = quint16(m_url.port(https ? 443 : 80));
    m_stall.start();
    if (https) {
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_url.host(), port);
    } else {
        m_socket->connectToHost(m_url.host(), port);
    }
}

void StreamingRequest::abort()
{
    finish(tr("Canceled."));
    if (m_socket) {
        m_socket->abort();
    }
}

void StreamingRequest::onConnected()
{
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray head = m_method + ' ' + m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
        + " HTTP/1.1\r\nHost: " + m_url.host().toUtf8();
    if (m_url.port(defaultPort) != defaultPort) {
        head += ':' + QByteArray::number(m_url.port());
    }
    head += "\r\nContent-Length: " + QByteArray::number(m_bodySize) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : m_headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "\r\n";
    m_socket->write(head);
    pump();
}

void StreamingRequest::pump()
{
    while (!m_done && m_read < m_bodySize && m_socket->bytesToWrite() < MaxQueued) {
        // One buffer for the whole body: pump() runs on every bytesWritten.
        m_buffer.resize(std::min(ReadStep, m_bodySize - m_read));
        const qint64 got = m_body->read(m_buffer.data(), m_buffer.size());
        if (got <= 0) {
            m_answer.bodyUnreadable = true;
            finish(got < 0 ? SystemError::translated(m_body->errorString())
                           : tr("The data ended early."));
            m_socket->abort();
            return;
        }
        m_socket->write(m_buffer.constData(), got);
        m_read += got;
    }
}

void StreamingRequest::onBytesWritten()
{
    m_stall.start();
    // What left the socket's buffer (while the head is still queued, this is below zero).
    const qint64 sent = m_read - m_socket->bytesToWrite();
    emit uploadProgress(std::clamp<qint64>(sent, 0, m_bodySize), m_bodySize);
    pump();
}

void StreamingRequest::onReadyRead()
{
    if (m_done || !m_socket) {
        return;
    }
    m_stall.start();
    m_received += m_socket->readAll();
    if (parseAnswer()) {
        finish();
        m_socket->abort();
    }
}

void StreamingRequest::onDisconnected()
{
    onClosed({});
}

void StreamingRequest::onClosed(const QString &why)
{
    // The server may answer early and close: an answer that is whole by now is the answer
    // (onReadyRead() finishes with it), and an answer without a length ends here.
    m_closed = true;
    onReadyRead();
    if (m_done) {
        return;
    }
    finish(!why.isEmpty()          ? why
            : m_received.isEmpty() ? tr("The connection closed without an answer.")
                                   : tr("The connection closed in the middle of the answer."));
}

void StreamingRequest::onStalled()
{
    if (m_done) {
        return;
    }
    m_answer.timedOut = true;
    finish(tr("No data moved for %1 s.").arg(m_stall.interval() / 1000));
    m_socket->abort();
}

bool StreamingRequest::parseAnswer()
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n", start);
        if (headEnd < 0) {
            return false;
        }
        const QList<QByteArray> lines = m_received.mid(start, headEnd - start).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        bool ok = false;
        const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
        if (!ok || !statusLine.first().startsWith("HTTP/1.")) {
            m_answer.error = tr("The server did not answer in HTTP/1.1.");
            return false;
        }
        if (status >= 100 && status < 200) {
            start = headEnd + 4; // an interim answer: the real one follows
            continue;
        }
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype bodyStart = headEnd + 4;
        QByteArray body;
        if (headers.value("transfer-encoding").toLower().contains("chunked")) {
            if (dechunk(m_received, bodyStart, body) < 0) {
                return false;
            }
        } else if (headers.contains("content-length")) {
            const qint64 length = headers.value("content-length").toLongLong();
            if (m_received.size() - bodyStart < length) {
                return false;
            }
            body = m_received.mid(bodyStart, length);
        } else if (!m_closed) {
            return false; // the body ends when the server closes
        } else {
            body = m_received.mid(bodyStart);
        }
        m_answer.status = status;
        m_answer.headers = headers;
        m_answer.body = body;
        return true;
    }
}

void StreamingRequest::finish(const QString &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_stall.stop();
    if (m_answer.status == 0) {
        m_answer.error = error.isEmpty() ? m_answer.error : error;
    }
    if (m_socket) {
        m_socket->disconnect(this);
    }
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_answer); }, Qt::QueuedConnection);
}

} // namespace DceUpgrade
