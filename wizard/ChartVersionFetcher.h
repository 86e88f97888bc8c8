#pragma once

#include "tools/HelmVersion.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace DceUpgrade {
class CommandLine;
}

namespace DceUpgrade::Wizard {

class HelmHome;

// Lists the versions a Helm repository offers for the module's charts, with the real helm in a
// private configuration (HelmHome): `helm repo add` (the password on stdin, never in argv), then
// `helm search repo ALIAS/CHART --versions -o json` per chart. Runs in the background through
// ProcessRunner; GUI thread object.
//
// start() abandons a fetch still running (its helm is stopped): only the newest request ends,
// exactly once, with finished(). cancel() ends nothing and reports nothing. Destroying the
// fetcher stops its helm.
class ChartVersionFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartVersionFetcher)

public:
    struct Request
    {
        QString helmProgram = QStringLiteral("helm");
        HelmVersion helm;
        QString alias;
        QString url;
        QString username; // empty: an anonymous repository
        QByteArray password; // the registry password; only written to helm's stdin
        QString caFile;
        bool insecure = false;
        QStringList charts;
        bool devel = false; // list pre-releases too (the package's version is one)
    };

    struct Result
    {
        bool ok = false;
        // chart -> versions the repository offers for exactly ALIAS/CHART, as helm lists them
        // (newest first); an empty list when the chart is not there.
        QMap<QString, QStringList> versions;
        QString message; // translated, when !ok
        QString hint;
        QString code; // when !ok: "repo.unauthorized", "repo.tls", ... (ErrorHelp), or empty
    };

    explicit ChartVersionFetcher(QObject *parent = nullptr);
    ~ChartVersionFetcher() override;

    void start(Request request);
    void cancel();
    bool isBusy() const { return m_run != nullptr; }

    // How long one helm command may take before the fetch gives up.
    static constexpr int CommandTimeoutMs = 60000;

signals:
    void finished(const DceUpgrade::Wizard::ChartVersionFetcher::Result &result);

private:
    struct Run;

    void addRepository();
    void searchNext();
    void runHelm(const CommandLine &command, const QByteArray &input,
        void (ChartVersionFetcher::*then)(const QByteArray &));
    void onAdded(const QByteArray &output);
    void onSearched(const QByteArray &output);
    // `code`: the stable code of what failed, for the help on it (empty: none).
    void fail(const QString &message, const QString &hint, const QString &code = {});
    void finish(Result result);

    std::unique_ptr<Run> m_run;
};

} // namespace DceUpgrade::Wizard
