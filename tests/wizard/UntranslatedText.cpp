#include "UntranslatedText.h"

#include "model/ModuleProfile.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTreeWidget>

namespace DceUpgrade::Wizard::Test {

namespace {

// Names that stay in Latin letters in Chinese (docs/glossary.md) and the values the plan
// takes, which the Chinese texts quote as they are typed.
const QSet<QString> &namesKeptInLatin()
{
    static const QSet<QString> names = [] {
        const QStringList words = QStringLiteral(
            "helm harbor chart charts release releases kubeconfig kubectl skoala docker "
            "containerd ctr charts-syncer chartmuseum values yaml tag tags blob blobs bundle "
            "bundles robot daocloud kubernetes pod pods job jobs crd crds ssh sudo json tar tgz "
            "localhost builtin none local oci harbor chart-package helm-repo registry nodes "
            "insecure https http sha sha256 amd arm x86 id docker-ce docker.io scp rsync "
            "skoala-init hive sesame gateway-api-admission gateway-api-admission-patch "
            "known_hosts ed25519 rsa ecdsa keyring kwallet gnome bash original-chart "
            // Units, keys and the language selector's own names.
            "kib mib gib tib shift ctrl alt enter esc tab space delete backspace english "
            // Plan values quoted in the texts.
            "true false strict")
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QSet<QString> set(words.begin(), words.end());
        // The DCE modules' ids and charts, and the product names their Chinese names keep
        // (Elasticsearch 搜索服务, Spiderpool 网络插件).
        static const QRegularExpression latin(QStringLiteral("[A-Za-z][A-Za-z-]+"));
        for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
            QStringList kept {profile.id};
            for (const ReleaseProfile &release : profile.releases) {
                kept.append(release.chart);
            }
            for (auto it = latin.globalMatch(profile.nameZh); it.hasNext();) {
                kept.append(it.next().captured(0));
            }
            for (const QString &name : kept) {
                set.insert(name.toLower());
            }
        }
        return set;
    }();
    return names;
}

QString plain(const QString &text)
{
    QString result
        = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    static const QRegularExpression mnemonic(QStringLiteral("&(?=\\S)"));
    return result.remove(mnemonic);
}

void check(QStringList &found, const QWidget *widget, const QString &text)
{
    const QStringList english = UntranslatedText::englishWords(text);
    if (!english.isEmpty()) {
        found.append(
            QStringLiteral("%1 (%2): %3 [%4]")
                .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                    plain(text).simplified(), english.join(QLatin1Char(' '))));
    }
}

} // namespace

QStringList UntranslatedText::englishWords(const QString &text)
{
    QString rest = plain(text);
    // Code, not prose: URLs, paths, plan keys (a.b), options (--x), placeholders in capitals
    // (HARBOR, PROJECT), words with digits or symbols, and anything quoted in ASCII quotes.
    static const QList<QRegularExpression> code = {
        QRegularExpression(QStringLiteral("\"[^\"]*\"|`[^`]*`|'[^']*'")),
        // A command: a tool's name and the words after it.
        QRegularExpression(QStringLiteral(
            "\\b(?:helm|tar|dce-upgrade|docker|ctr|kubectl|ssh|charts-syncer)(?: [a-z][\\w-]*)+")),
        // A lower-case name joined by hyphens: a release, alias or chart (skoala-release).
        QRegularExpression(QStringLiteral("\\b[a-z]+(?:-[a-z]+)+\\b")),
        // camelCase or an option in CamelCase: a key of a tool's configuration
        // (containerRepository, BatchMode).
        QRegularExpression(QStringLiteral("\\b[A-Za-z][a-z]+[A-Z]\\w*")),
        QRegularExpression(QStringLiteral("\\b\\w+://\\S+")),
        QRegularExpression(QStringLiteral("\\S*[/~\\\\]\\S*")),
        QRegularExpression(QStringLiteral("(?<![\\w-])--?[A-Za-z][\\w-]*")),
        QRegularExpression(QStringLiteral("[\\w$-]*[\\d._$=@:*][\\w$.=@:*-]*")),
        QRegularExpression(QStringLiteral("\\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\\b")),
    };
    for (const QRegularExpression &pattern : code) {
        rest.replace(pattern, QStringLiteral(" "));
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z-]+"));
    QStringList english;
    auto it = word.globalMatch(rest);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (!namesKeptInLatin().contains(w.toLower())) {
            english.append(w);
        }
    }
    return english;
}

QStringList UntranslatedText::in(const QWidget *root)
{
    QStringList found;
    check(found, root, root->windowTitle());
    const QList<const QWidget *> widgets = [root] {
        QList<const QWidget *> all {root};
        for (const QWidget *child : root->findChildren<QWidget *>()) {
            all.append(child);
        }
        return all;
    }();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root->window()) && widget != root) {
            continue;
        }
        check(found, widget, widget->toolTip());
        check(found, widget, widget->accessibleName());
        check(found, widget, widget->accessibleDescription());
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            check(found, widget, label->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            check(found, widget, button->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            check(found, widget, group->title());
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            check(found, widget, edit->placeholderText());
        } else if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(found, widget, tabs->tabText(i));
                check(found, widget, tabs->tabToolTip(i));
            }
        } else if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
            const QTreeWidgetItem *header = tree->headerItem();
            for (int column = 0; header && column < header->columnCount(); ++column) {
                check(found, widget, header->text(column));
            }
        } else if (const auto *table = qobject_cast<const QTableWidget *>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (const QTableWidgetItem *item = table->horizontalHeaderItem(column)) {
                    check(found, widget, item->text());
                }
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            if (!combo->isEditable()) {
                for (int i = 0; i < combo->count(); ++i) {
                    check(found, widget, combo->itemText(i));
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace DceUpgrade::Wizard::Test
