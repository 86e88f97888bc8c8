#include "RegistryClient.h"

#include "RegistryConnection.h"

#include "AuthChallenge.h"
#include "BlobReader.h"
#include "StreamingRequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrlQuery>

#include "util/Hasher.h"

namespace DceUpgrade {

namespace {

// Every manifest type a tag may point to: asked for so that HEAD answers for all of them.
const QByteArray ManifestAccept = "application/vnd.docker.distribution.manifest.v2+json, "
                                  "application/vnd.docker.distribution.manifest.list.v2+json, "
                                  "application/vnd.oci.image.manifest.v1+json, "
                                  "application/vnd.oci.image.index.v1+json";

// A request stalls this long without any byte moving: the connection is considered dead.
constexpr int TransferTimeoutMs = 120 * 1000;

} // namespace

struct RegistryClient::Request
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::shared_ptr<BlobReader> device; // streamed body (rewound for a retry)
    QString scope; // token scope the request needs
    int authAttempts = 0;
    Progress progress;
};

RegistryClient::RegistryClient(RegistryTarget target, QByteArray password, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_password(std::move(password))
    , m_base(RegistryConnection::baseUrl(m_target))
    , m_ssl(RegistryConnection::tls(m_target))
{
    RegistryConnection::useProxiesFromEnvironment();
}

RegistryClient::~RegistryClient() = default;

QString RegistryClient::scopeFor(const QString &repository, bool push)
{
    return repository.isEmpty()
        ? QString()
        : QStringLiteral("repository:%1:%2")
              .arg(repository, push ? QStringLiteral("pull,push") : QStringLiteral("pull"));
}

RegistryError::Context RegistryClient::context(const QString &repository, const QString &what) const
{
    return {m_target.address, repository, m_target.username, what};
}

QByteArray RegistryClient::basicCredentials() const
{
    QByteArray credentials = m_target.username.toUtf8();
    credentials += ':';
    credentials += m_password;
    return "Basic " + credentials.toBase64();
}

QByteArray RegistryClient::authorizationFor(const Request &request) const
{
    const auto token = m_tokens.constFind(request.scope);
    if (token != m_tokens.cend()) {
        return "Bearer " + *token;
    }
    if (m_useBasic && !m_target.username.isEmpty()) {
        return basicCredentials();
    }
    return {};
}

bool RegistryClient::streamsDirectly(const QUrl &url)
{
    // Through a proxy, Qt's own HTTP does the talking (CONNECT, proxy authentication).
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

void RegistryClient::sendStreaming(
    const std::shared_ptr<Request> &request, std::function<void(const Response &)> done)
{
    QList<std::pair<QByteArray, QByteArray>> headers = request->headers;
    if (const QByteArray authorization = authorizationFor(*request); !authorization.isEmpty()) {
        headers.append({"Authorization", authorization});
    }
    auto *stream = new StreamingRequest(request->method, request->url, headers,
        request->device.get(), request->device->size(), m_ssl, TransferTimeoutMs, this);
    m_streaming.insert(stream);
    if (request->progress) {
        connect(stream, &StreamingRequest::uploadProgress, this,
            [progress = request->progress](qint64 sent, qint64 total) { progress(sent, total); });
    }
    connect(stream, &StreamingRequest::finished, this,
        [this, stream, request, done](const StreamingRequest::Answer &answer) {
            stream->deleteLater();
            m_streaming.remove(stream);
            Response response;
            response.status = answer.status;
            response.body = answer.body;
            response.headers = answer.headers;
            response.url = request->url;
            if (answer.bodyUnreadable) {
                // The package, not the registry: a truncated or unreadable file.
                response.networkError = Error(QStringLiteral("file.read"),
                    tr("Could not read what is to be uploaded to %1 from the package: %2")
                        .arg(m_target.address, answer.error),
                    tr("Check that the package file is complete and readable (dce-upgrade "
                       "inspect --verify), then run again."));
            } else if (answer.status == 0) {
                response.networkError
                    = RegistryError::fromNetwork(answer.error, answer.tlsFailed, context({}, {}));
            }
            onAnswer(request, response, done);
        });
    request->device->reset();
    stream->start();
}

QNetworkRequest RegistryClient::prepare(const Request &request) const
{
    QNetworkRequest prepared(request.url);
    prepared.setSslConfiguration(m_ssl);
    prepared.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    prepared.setTransferTimeout(TransferTimeoutMs);
    for (const auto &[name, value] : request.headers) {
        prepared.setRawHeader(name, value);
    }
    if (const QByteArray authorization = authorizationFor(request); !authorization.isEmpty()) {
        prepared.setRawHeader("Authorization", authorization);
    }
    if (request.device) {
        prepared.setHeader(QNetworkRequest::ContentLengthHeader, request.device->size());
    }
    return prepared;
}

void RegistryClient::send(
    std::shared_ptr<Request> request, std::function<void(const Response &)> done)
{
    if (m_aborted) {
        // Nothing new starts after abortAll(); the caller's chain ends with this failure.
        Response response;
        response.networkError = Error(QStringLiteral("canceled"), tr("Canceled."));
        QMetaObject::invokeMethod(
            this, [done, response] { done(response); }, Qt::QueuedConnection);
        return;
    }
    if (request->device && streamsDirectly(request->url)) {
        sendStreaming(request, std::move(done));
        return;
    }
    const QNetworkRequest prepared = prepare(*request);
    QNetworkReply *reply = nullptr;
    if (request->device) {
        request->device->reset();
        reply = m_network.sendCustomRequest(prepared, request->method, request->device.get());
    } else if (request->method == "HEAD") {
        // Through head(), so Qt expects no body; as a custom verb it waits for one until the
        // transfer timeout.
        reply = m_network.head(prepared);
    } else {
        reply = m_network.sendCustomRequest(prepared, request->method, request->body);
    }
    m_inFlight.insert(reply);
    if (request->progress) {
        connect(reply, &QNetworkReply::uploadProgress, this,
            [progress = request->progress](qint64 sent, qint64 total) { progress(sent, total); });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, done] {
        reply->deleteLater();
        m_inFlight.remove(reply);
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A reply without a body (HEAD, some 401s) is not open; reading it would warn.
        response.body = reply->isOpen() ? reply->readAll() : QByteArray();
        response.url = reply->url();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            response.headers.insert(name.toLower(), value);
        }
        if (response.status == 0) {
            const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
            response.networkError
                = RegistryError::fromNetwork(reply->errorString(), tls, context({}, {}));
        }
        onAnswer(request, response, done);
    });
}

void RegistryClient::onAnswer(const std::shared_ptr<Request> &request, const Response &response,
    const std::function<void(const Response &)> &done)
{
    if (m_aborted) {
        Response canceled;
        canceled.networkError = Error(QStringLiteral("canceled"), tr("Canceled."));
        done(canceled);
        return;
    }
    if (response.networkError) {
        done(response);
        return;
    }
    if (response.status != 401 || request->authAttempts >= 2) {
        done(response);
        return;
    }
    // Authenticate as the registry asks, then send the same request once more.
    const auto challenge = AuthChallenge::parse(response.headers.value("www-authenticate"));
    ++request->authAttempts;
    const bool refusedAfterToken = challenge && request->authAttempts > 1
        && challenge->parameters.value(QStringLiteral("error"))
            == QLatin1String("insufficient_scope");
    if (!challenge || refusedAfterToken
        || (challenge->scheme == AuthChallenge::Scheme::Basic
            && (m_useBasic || m_target.username.isEmpty()))) {
        done(response);
        return;
    }
    if (challenge->scheme == AuthChallenge::Scheme::Basic) {
        m_useBasic = true;
        send(request, done);
        return;
    }
    // A token that no longer works (expired) is dropped and fetched again.
    m_tokens.remove(request->scope);
    fetchToken(*challenge, request->scope, [this, request, done, response](const Failure &failure) {
        if (failure) {
            Response refused = response;
            refused.networkError = failure;
            done(refused);
            return;
        }
        send(request, done);
    });
}

void RegistryClient::fetchToken(
    const AuthChallenge &challenge, const QString &scope, std::function<void(const Failure &)> done)
{
    QUrl url(challenge.realm());
    QUrlQuery query(url);
    if (!challenge.service().isEmpty()) {
        query.addQueryItem(QStringLiteral("service"), challenge.service());
    }
    // The scopes this request needs (a mount also needs pull on its source), each as its own
    // parameter; the challenge's own scope says the same for repository calls.
    const QString wanted = scope.isEmpty() ? challenge.scope() : scope;
    for (const QString &one : wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        query.addQueryItem(QStringLiteral("scope"), one);
    }
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(TransferTimeoutMs);
    if (!m_target.username.isEmpty()) {
        request.setRawHeader("Authorization", basicCredentials());
    }
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, scope, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status == 0) {
            // The token service, not the registry, did not answer: the error names its host.
            const QUrl realm = reply->url();
            done(RegistryError::fromTokenServiceNetwork(reply->errorString(),
                reply->error() == QNetworkReply::SslHandshakeFailedError,
                realm.port() > 0 ? QStringLiteral("%1:%2").arg(realm.host()).arg(realm.port())
                                 : realm.host(),
                context({}, tr("a token"))));
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        QString token = answer.value(QLatin1String("token")).toString();
        if (token.isEmpty()) {
            token = answer.value(QLatin1String("access_token")).toString();
        }
        if (status != 200 || token.isEmpty()) {
            done(RegistryError::fromResponse(status == 200 ? 401 : status, body,
                context(scope.section(QLatin1Char(':'), 1, 1), tr("a token"))));
            return;
        }
        m_tokens.insert(scope, token.toUtf8());
        done(std::nullopt);
    });
}

void RegistryClient::ping(Done done)
{
    auto request = std::make_shared<Request>();
    request->method = "GET";
    request->url = m_base.resolved(QUrl(QStringLiteral("/v2/")));
    send(request, [this, done](const Response &response) {
        if (response.networkError || response.status != 200) {
            done(failure(response, context({}, tr("the registry API"))));
        } else {
            done(std::nullopt);
        }
    });
}

void RegistryClient::abortAll()
{
    m_aborted = true;
    const QSet<QNetworkReply *> running = m_inFlight;
    for (QNetworkReply *reply : running) {
        reply->abort();
    }
    const QSet<StreamingRequest *> streaming = m_streaming;
    for (StreamingRequest *stream : streaming) {
        stream->abort();
    }
}

void RegistryClient::checkPushAccess(const QString &repository, Done done)
{
    auto open = std::make_shared<Request>();
    open->method = "POST";
    open->url = m_base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)));
    open->scope = scopeFor(repository, true);
    open->headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    send(open, [this, repository, done, scope = open->scope](const Response &response) {
        if (response.networkError || response.status != 202) {
            done(failure(response, context(repository, tr("the repository %1").arg(repository))));
            return;
        }
        auto cancel = std::make_shared<Request>();
        cancel->method = "DELETE";
        cancel->url = nextLocation(response);
        cancel->scope = scope;
        send(cancel, [done](const Response &) { done(std::nullopt); });
    });
}

void RegistryClient::blobExists(const QString &repository, const QString &digest,
    std::function<void(bool, const Failure &)> done)
{
    auto request = std::make_shared<Request>();
    request->method = "HEAD";
    request->url = m_base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/%2").arg(repository, digest)));
    request->scope = scopeFor(repository, true);
    send(request, [this, repository, digest, done](const Response &response) {
        if (!response.networkError && response.status == 200) {
            done(true, std::nullopt);
        } else if (!response.networkError && response.status == 404) {
            done(false, std::nullopt);
        } else {
            done(false, failure(response, context(repository, tr("the blob %1").arg(digest))));
        }
    });
}

void RegistryClient::mountBlob(const QString &repository, const QString &digest,
    const QString &fromRepository, std::function<void(bool, const Failure &)> done)
{
    auto request = std::make_shared<Request>();
    request->method = "POST";
    QUrl url = m_base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)));
    url.setQuery(
        QUrlQuery {{QStringLiteral("mount"), digest}, {QStringLiteral("from"), fromRepository}});
    request->url = url;
    // Token registries grant a mount only with pull on the source repository too.
    request->scope
        = scopeFor(repository, true) + QLatin1Char(' ') + scopeFor(fromRepository, false);
    send(request, [this, repository, digest, done](const Response &response) {
        if (!response.networkError && response.status == 201) {
            done(true, std::nullopt);
        } else if (!response.networkError && response.status == 202) {
            // Not mountable here: cancel the upload session it opened; the caller uploads.
            auto cancel = std::make_shared<Request>();
            cancel->method = "DELETE";
            cancel->url = nextLocation(response);
            cancel->scope = scopeFor(repository, true);
            send(cancel, [](const Response &) {});
            done(false, std::nullopt);
        } else {
            done(false, failure(response, context(repository, tr("the blob %1").arg(digest))));
        }
    });
}

struct RegistryClient::Upload
{
    QString repository;
    QString digest;
    FileRange blob;
    std::shared_ptr<BlobReader> reader;
    Progress progress;
    Done done;
    RegistryError::Context where;
    QString scope;
    QUrl location; // where the next PATCH or the final PUT goes
    qint64 offset = 0; // chunked: bytes the registry has accepted
};

void RegistryClient::uploadBlob(const QString &repository, const QString &digest,
    const FileRange &blob, Progress progress, Done done)
{
    auto upload = std::make_shared<Upload>();
    upload->repository = repository;
    upload->digest = digest;
    upload->blob = blob;
    upload->reader = std::make_shared<BlobReader>(blob);
    upload->progress = std::move(progress);
    upload->done = std::move(done);
    upload->where = context(repository, tr("the blob %1").arg(digest));
    upload->scope = scopeFor(repository, true);

    auto start = std::make_shared<Request>();
    start->method = "POST";
    start->url = m_base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)));
    start->scope = upload->scope;
    start->headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    send(start, [this, upload](const Response &opened) {
        if (opened.networkError || opened.status != 202) {
            upload->done(failure(opened, upload->where));
            return;
        }
        upload->location = nextLocation(opened);
        if (m_chunkSize > 0) {
            sendChunk(upload);
        } else {
            sendWhole(upload);
        }
    });
}

QUrl RegistryClient::nextLocation(const Response &response)
{
    // The Location may be relative (Harbor): resolve it against the request.
    return response.url.resolved(QUrl::fromEncoded(response.headers.value("location")));
}

std::shared_ptr<RegistryClient::Request> RegistryClient::patchFor(const Upload &upload)
{
    auto patch = std::make_shared<Request>();
    patch->method = "PATCH";
    patch->url = upload.location;
    patch->scope = upload.scope;
    patch->headers.append(
        std::pair<QByteArray, QByteArray>("Content-Type", "application/octet-stream"));
    patch->device = upload.reader;
    return patch;
}

void RegistryClient::sendWhole(const std::shared_ptr<Upload> &upload)
{
    auto patch = patchFor(*upload);
    patch->progress = upload->progress;
    send(patch, [this, upload](const Response &sent) {
        if (sent.status == 413) {
            // A proxy in front of the registry limits request bodies: the same upload session
            // (the proxy refused before the registry saw anything) goes on in chunks. Uploads
            // running side by side all see the 413; the first one announces it.
            if (m_chunkSize == 0) {
                m_chunkSize = FirstChunkSize;
                emit notice(
                    tr("A proxy in front of %1 refuses large uploads; sending layers in parts "
                       "of at most %2 MiB.")
                        .arg(m_target.address)
                        .arg(m_chunkSize >> 20));
            }
            sendChunk(upload);
            return;
        }
        if (sent.networkError || (sent.status != 202 && sent.status != 204)) {
            upload->done(failure(sent, upload->where));
            return;
        }
        upload->location = nextLocation(sent);
        commitUpload(upload);
    });
}

void RegistryClient::sendChunk(const std::shared_ptr<Upload> &upload)
{
    const qint64 size = upload->blob.size();
    if (upload->offset >= size) {
        commitUpload(upload);
        return;
    }
    const qint64 chunk = std::min(m_chunkSize, size - upload->offset);
    upload->reader->setChunk(upload->offset, chunk);
    auto patch = patchFor(*upload);
    // Inclusive range, no "bytes=" prefix (distribution's spec).
    patch->headers.append(std::pair<QByteArray, QByteArray>("Content-Range",
        QByteArray::number(upload->offset) + '-' + QByteArray::number(upload->offset + chunk - 1)));
    if (upload->progress) {
        patch->progress = [upload](qint64 sent, qint64) {
            upload->progress(upload->offset + sent, upload->blob.size());
        };
    }
    send(patch, [this, upload, chunk](const Response &sent) {
        if (sent.status == 413 && chunk > SmallestChunkSize) {
            // Smaller parts, once per size: a parallel upload may have shrunk them already.
            const qint64 smaller = std::max(SmallestChunkSize, chunk / 4);
            if (smaller < m_chunkSize) {
                m_chunkSize = smaller;
                emit notice(
                    tr("A proxy in front of %1 refuses large uploads; sending layers in parts "
                       "of at most %2 KiB.")
                        .arg(m_target.address)
                        .arg(m_chunkSize >> 10));
            }
            sendChunk(upload);
            return;
        }
        if (sent.networkError || (sent.status != 202 && sent.status != 204)) {
            upload->done(failure(sent, upload->where));
            return;
        }
        upload->location = nextLocation(sent);
        upload->offset += chunk;
        sendChunk(upload);
    });
}

void RegistryClient::commitUpload(const std::shared_ptr<Upload> &upload)
{
    // The hash of what was sent, computed while sending; a chunk sent twice restarted it, and
    // then the blob is hashed again here (rare: a token that ran out in the middle of a chunk).
    QString sentDigest = upload->reader->digest();
    if (sentDigest.isEmpty()) {
        try {
            sentDigest = QStringLiteral("sha256:")
                + Hasher::hashRange(upload->blob, Hasher::Algorithm::Sha256);
        } catch (const Error &error) {
            upload->done(error);
            return;
        }
    }
    if (sentDigest != upload->digest) {
        // What was read is not what the package promised: never commit it.
        auto cancel = std::make_shared<Request>();
        cancel->method = "DELETE";
        cancel->url = upload->location;
        cancel->scope = upload->scope;
        send(cancel, [](const Response &) {});
        upload->done(Error(QStringLiteral("images.bad-digest"),
            tr("%1 read from the package hashes to %2, not %3.")
                .arg(upload->blob.filePath(), sentDigest, upload->digest),
            tr("The package is damaged. Download it again and check its .sha512sum.")));
        return;
    }
    auto commit = std::make_shared<Request>();
    commit->method = "PUT";
    QUrl url = upload->location;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("digest"), upload->digest); // keeps Harbor's _state
    url.setQuery(query);
    commit->url = url;
    commit->scope = upload->scope;
    send(commit, [this, upload](const Response &committed) {
        if (committed.networkError || (committed.status != 201 && committed.status != 204)) {
            upload->done(failure(committed, upload->where));
        } else {
            upload->done(std::nullopt);
        }
    });
}

Error RegistryClient::failure(const Response &response, const RegistryError::Context &where)
{
    if (response.networkError) {
        return *response.networkError;
    }
    return RegistryError::fromResponse(
        response.status, response.body, where, response.headers.value("www-authenticate"));
}

void RegistryClient::manifestDigest(const QString &repository, const QString &reference,
    std::function<void(const QString &, const Failure &)> done)
{
    auto request = std::make_shared<Request>();
    request->method = "HEAD";
    request->url
        = m_base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference)));
    // Pull is enough to look: an account that may only pull can check images too.
    request->scope = scopeFor(repository, false);
    request->headers.append(std::pair<QByteArray, QByteArray>("Accept", ManifestAccept));
    send(request, [this, repository, reference, done](const Response &response) {
        if (!response.networkError && response.status == 200) {
            done(
                QString::fromLatin1(response.headers.value("docker-content-digest")), std::nullopt);
        } else if (!response.networkError && response.status == 404) {
            done({}, std::nullopt);
        } else {
            done({}, failure(response, context(repository, tr("the manifest %1").arg(reference))));
        }
    });
}

void RegistryClient::putManifest(const QString &repository, const QString &reference,
    const QByteArray &manifest, const QString &mediaType,
    std::function<void(const QString &, const Failure &)> done)
{
    auto request = std::make_shared<Request>();
    request->method = "PUT";
    request->url
        = m_base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference)));
    request->scope = scopeFor(repository, true);
    request->headers.append(
        std::pair<QByteArray, QByteArray>("Content-Type", mediaType.toLatin1()));
    request->body = manifest;
    send(request, [this, repository, reference, done](const Response &response) {
        if (!response.networkError
            && (response.status == 201 || response.status == 200 || response.status == 202)) {
            done(
                QString::fromLatin1(response.headers.value("docker-content-digest")), std::nullopt);
        } else {
            done({}, failure(response, context(repository, tr("the manifest %1").arg(reference))));
        }
    });
}

} // namespace DceUpgrade
