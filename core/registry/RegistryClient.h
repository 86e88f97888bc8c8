#pragma once

#include "RegistryError.h"

#include "model/RegistryTarget.h"
#include "util/FileRange.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace DceUpgrade {

class StreamingRequest;

// The OCI distribution API over Qt Network, asynchronous, for one registry (bundle-format.md
// §4): ping, Basic and Bearer auth (token per scope, fetched again when a later 401 says the
// token ran out, as Harbor's 30-minute tokens do during long uploads), blob HEAD / mount /
// upload (POST, one streaming PATCH that hashes as it sends, PUT ?digest= only when the hash
// matched), manifest HEAD / PUT. TLS with the system trust, a CA file, or no verification;
// HTTP/1.1 for uploads (measured faster than HTTP/2 here); proxies from the environment.
// Every callback runs exactly once, on the client's thread.
class RegistryClient final : public QObject
{
    Q_OBJECT

public:
    RegistryClient(RegistryTarget target, QByteArray password, QObject *parent = nullptr);
    ~RegistryClient() override;

    using Failure = std::optional<Error>;
    using Done = std::function<void(const Failure &)>;
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    // GET /v2/ with the credentials: reachable, TLS trusted, user accepted. Call it first: it
    // learns how the registry authenticates (Basic, or Bearer tokens), which a first HEAD
    // cannot always tell (Qt answers some HEAD 401s itself, without the challenge).
    void ping(Done done);
    // Opens an upload session in `repository` and cancels it at once: proves, before a long
    // push starts, that the account may push there (and, on Harbor, that the project exists).
    void checkPushAccess(const QString &repository, Done done);
    void blobExists(const QString &repository, const QString &digest,
        std::function<void(bool exists, const Failure &)> done);
    // Cross-repository mount; `mounted` false means "upload it" (the registry said 202).
    void mountBlob(const QString &repository, const QString &digest, const QString &fromRepository,
        std::function<void(bool mounted, const Failure &)> done);
    // Streams `blob` (exactly `digest`'s bytes) from the package. A hash mismatch cancels the
    // upload before the final PUT (images.bad-digest), so nothing wrong is ever committed.
    void uploadBlob(const QString &repository, const QString &digest, const FileRange &blob,
        Progress progress, Done done);
    // The digest of `reference` in `repository`, or an empty string when it does not exist.
    void manifestDigest(const QString &repository, const QString &reference,
        std::function<void(const QString &digest, const Failure &)> done);
    void putManifest(const QString &repository, const QString &reference,
        const QByteArray &manifest, const QString &mediaType,
        std::function<void(const QString &digest, const Failure &)> done);

    QUrl baseUrl() const { return m_base; }

    // Cancel: every request under way is aborted and nothing new is sent; every pending
    // callback still runs once, with the failure code "canceled". An upload aborted before its
    // final PUT is never committed.
    void abortAll();

signals:
    // Something the user should know that is not a failure (translated): a proxy forced
    // chunked uploads.
    void notice(const QString &text);

private:
    struct Request;
    struct Upload;
    struct Response
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QUrl url;
        Failure networkError;
    };

    void send(std::shared_ptr<Request> request, std::function<void(const Response &)> done);
    // An upload body goes out on a socket of this thread (StreamingRequest) unless a proxy
    // applies; everything else through Qt's HTTP.
    static bool streamsDirectly(const QUrl &url);
    void sendStreaming(
        const std::shared_ptr<Request> &request, std::function<void(const Response &)> done);
    // What both paths do with an answer: authenticate and send again after a 401, or hand it on.
    void onAnswer(const std::shared_ptr<Request> &request, const Response &response,
        const std::function<void(const Response &)> &done);
    QByteArray authorizationFor(const Request &request) const;
    // An upload: one streaming PATCH; after a proxy's 413, PATCHes of m_chunkSize bytes.
    static std::shared_ptr<Request> patchFor(const Upload &upload); // the body: its reader
    void sendWhole(const std::shared_ptr<Upload> &upload);
    void sendChunk(const std::shared_ptr<Upload> &upload);
    void commitUpload(const std::shared_ptr<Upload> &upload);
    static QUrl nextLocation(const Response &response);
    // The Error for a response that is not the success the caller wanted.
    static Error failure(const Response &response, const RegistryError::Context &where);
    void fetchToken(const class AuthChallenge &challenge, const QString &scope,
        std::function<void(const Failure &)> done);
    QNetworkRequest prepare(const Request &request) const;
    QByteArray basicCredentials() const;
    RegistryError::Context context(const QString &repository, const QString &what) const;
    static QString scopeFor(const QString &repository, bool push);

    RegistryTarget m_target;
    QByteArray m_password;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    bool m_useBasic = false; // the registry asked for Basic auth
    QHash<QString, QByteArray> m_tokens; // scope(s) -> bearer token
    // 0: blobs go in one PATCH. After a 413: the chunk size that gets through, found by
    // shrinking from FirstChunkSize.
    qint64 m_chunkSize = 0;
    QSet<QNetworkReply *> m_inFlight;
    QSet<StreamingRequest *> m_streaming;
    bool m_aborted = false;
    static constexpr qint64 FirstChunkSize = 16 << 20;
    static constexpr qint64 SmallestChunkSize = 256 << 10;
};

} // namespace DceUpgrade
