#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace DceUpgrade {

// The contexts of the kubeconfig helm and kubectl would use, read from the file itself (no
// kubectl run). Several files merge as kubectl merges them: a context's first definition counts,
// and the first file that sets current-context decides it. Pure functions, any thread.
struct Kubeconfig
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Kubeconfig)

public:
    QStringList files; // the files read, in order
    QStringList contexts; // each once, in the order the files define them
    QString currentContext; // empty when no file sets one

    // The files the tools read: `path` when given, else every entry of $KUBECONFIG
    // (':'-separated), else ~/.kube/config.
    static QStringList filesFor(const QString &path, const QProcessEnvironment &environment);

    // Reads and merges `files`. Like kubectl, entries of a $KUBECONFIG list that do not exist are
    // skipped; a single file that does not exist, or a file that is not a kubeconfig, throws
    // Error (kubeconfig.missing, kubeconfig.invalid, yaml.invalid) saying what to do.
    static Kubeconfig read(const QStringList &files);
    // One file's text; throws Error (kubeconfig.invalid, yaml.invalid).
    static Kubeconfig parse(const QByteArray &yaml, const QString &displayName);
};

} // namespace DceUpgrade
