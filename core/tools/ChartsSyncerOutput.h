#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace DceUpgrade {

// What DaoCloud's charts-syncer said during `charts-syncer sync`: its own klog lines on stderr
// ("I1206 10:00:00.000000   4242 sync.go:58] There is 1 chart out of sync!") and the plain
// lines relok8s prints on stdout ("Pushing 10.6.0.1/skoala/hive:v0.28.1...", "Image ... already
// exists, skip pushing..."). Only the facts the engine reports on are kept; the lines themselves
// go to the step's log as they come.
struct ChartsSyncerOutput
{
    // "There are no charts out of sync!": every chart version was already in the chart target,
    // so charts-syncer pushed neither the charts nor any of their images.
    bool nothingToSync = false;
    QStringList pushed; // references relok8s pushed
    // References relok8s found in the registry and left as they were, whatever their content
    // (it never overwrites a tag, bundle-format.md §3.5).
    QStringList alreadyThere;
    QString error; // the text of cobra's "Error: ..." line, when the run failed
    bool panicked = false; // a Go panic (a .tar in the bundles directory without a bundle name)
    // The registry or chart repository refused the credentials (401, "UNAUTHORIZED").
    bool unauthorized = false;

    static ChartsSyncerOutput parse(
        const QByteArray &standardOutput, const QByteArray &standardError);
    // The message of one klog line ("I1206 ... file.go:12] text" -> "text"), or the line itself.
    static QString klogMessage(const QString &line);
};

} // namespace DceUpgrade
