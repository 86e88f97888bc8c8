#include "BodyLimitProxy.h"

#include "ChildProcess.h"

#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

BodyLimitProxy::BodyLimitProxy(const QString &upstream, const QString &maxBodySize)
{
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    if (nginx.isEmpty()) {
        ADD_FAILURE() << "nginx is missing: install the Debian package nginx-light "
                         "(scripts/install-deps.sh test does)";
        return;
    }
    const QString dir = m_tmp.path();
    for (int attempt = 0; attempt < 5 && m_port == 0; ++attempt) {
        const quint16 port = freeLoopbackPort();
        const QByteArray d = QFile::encodeName(dir);
        const QByteArray config = "daemon off;\n"
                                  "master_process off;\n"
                                  "worker_processes 1;\n"
                                  "pid "
            + d + "/nginx.pid;\nerror_log " + d
            + "/error.log warn;\n"
              "events { worker_connections 256; }\n"
              "http {\n"
              "  access_log "
            + d + "/access.log;\n  client_body_temp_path " + d + "/body;\n  proxy_temp_path " + d
            + "/proxy;\n  fastcgi_temp_path " + d + "/fastcgi;\n  uwsgi_temp_path " + d
            + "/uwsgi;\n  scgi_temp_path " + d
            + "/scgi;\n"
              "  server {\n"
              "    listen 127.0.0.1:"
            + QByteArray::number(port) + ";\n    client_max_body_size " + maxBodySize.toLatin1()
            + ";\n"
              "    location / {\n"
              "      proxy_pass "
            + upstream.toLatin1()
            + ";\n"
              "      proxy_set_header Host $http_host;\n"
              "      proxy_http_version 1.1;\n"
              "      proxy_request_buffering off;\n"
              "      proxy_buffering off;\n"
              "    }\n"
              "  }\n"
              "}\n";
        if (!writeTextFile(dir + QStringLiteral("/nginx.conf"), config)) {
            return;
        }
        guardChild(m_nginx);
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.setStandardOutputFile(dir + QStringLiteral("/nginx.out"), QIODevice::Append);
        m_nginx.start(nginx,
            {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                QStringLiteral("-e"), dir + QStringLiteral("/error.log")});
        if (!m_nginx.waitForStarted(10000)) {
            ADD_FAILURE() << "nginx did not start: " << m_nginx.errorString().toStdString();
            return;
        }
        if (waitUntil(
                [&] {
                    return m_nginx.state() != QProcess::Running
                        || listensOnLoopback(m_nginx.processId(), port);
                },
                10000)
            && m_nginx.state() == QProcess::Running) {
            m_port = port;
        } else {
            killChild(m_nginx); // the port was taken in between: another one
        }
    }
    if (m_port == 0) {
        ADD_FAILURE() << "nginx did not listen: "
                      << readWholeFile(dir + QStringLiteral("/error.log")).toStdString()
                      << readWholeFile(dir + QStringLiteral("/nginx.out")).toStdString();
    }
}

BodyLimitProxy::~BodyLimitProxy()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        killChild(m_nginx);
    }
}

bool BodyLimitProxy::isRunning() const
{
    return m_port != 0 && m_nginx.state() == QProcess::Running;
}

QString BodyLimitProxy::url() const
{
    return QStringLiteral("http://") + address();
}

QString BodyLimitProxy::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

int BodyLimitProxy::refusedAsTooLarge() const
{
    int refused = 0;
    const QList<QByteArray> lines
        = readWholeFile(m_tmp.path() + QStringLiteral("/access.log")).split('\n');
    for (const QByteArray &line : lines) {
        // combined format: ... "PATCH /v2/... HTTP/1.1" 413 183 ...
        if (line.contains("\" 413 ")) {
            ++refused;
        }
    }
    return refused;
}

} // namespace DceUpgrade::Test
