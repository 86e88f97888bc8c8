#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using DceUpgrade::Test::Fixtures;

namespace {

// One <message>; a plural one (%n) has one translation per numerus form, each checked alone.
struct Message
{
    QString context;
    QString source;
    QString comment; // the translator comment (//: in the code)
    QStringList translations;
    bool unfinished = false;
};

// The text of a <translation>: itself, or each of its <numerusform> children.
QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms.append(xml.readElementText());
        } else if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
            break;
        }
    }
    return forms.isEmpty() ? QStringList {text} : forms;
}

std::vector<Message> readTs(const QString &path)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            current = Message {context, xml.readElementText(), {}, {}, false};
        } else if (xml.name() == QLatin1String("extracomment")) {
            current.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            current.translations = readTranslation(xml);
            messages.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        found.append(it.next().captured(0));
    }
    found.sort();
    return found;
}

const QString ZhCatalogue
    = QStringLiteral(DCE_TEST_SOURCE_DIR "/translations/dce-upgrade_zh_CN.ts");

} // namespace

// Non-negotiable 7: every user-visible string exists in Simplified Chinese.
TEST(Translations, EveryMessageHasAChineseTranslationWithTheSamePlaceholders)
{
    const std::vector<Message> messages = readTs(ZhCatalogue);
    ASSERT_GT(messages.size(), 100u);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const Message &m : messages) {
        EXPECT_FALSE(m.unfinished)
            << "untranslated in " << m.context.toStdString() << ": " << m.source.toStdString();
        for (const QString &translation : m.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty()) << m.source.toStdString();
            EXPECT_EQ(placeholders(m.source), placeholders(translation))
                << m.context.toStdString() << ": " << m.source.toStdString();
            // Short texts and formats without a word ("%1 %2 (UTC%3)") may stay as they are.
            static const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
            EXPECT_TRUE(han.match(translation).hasMatch() || m.source.size() < 12
                || !word.match(m.source).hasMatch())
                << "no Chinese in the translation of: " << m.source.toStdString();
        }
    }
}

// English is the source language, but "%n image(s)" needs its singular and plural spelled out.
TEST(Translations, EnglishPluralsHaveBothForms)
{
    const std::vector<Message> messages
        = readTs(QStringLiteral(DCE_TEST_SOURCE_DIR "/translations/dce-upgrade_en.ts"));
    int plurals = 0;
    for (const Message &m : messages) {
        if (!m.source.contains(QLatin1String("%n"))) {
            continue;
        }
        ++plurals;
        ASSERT_EQ(m.translations.size(), 2) << m.source.toStdString();
        for (const QString &form : m.translations) {
            EXPECT_FALSE(form.contains(QLatin1String("(s)"))) << m.source.toStdString();
            EXPECT_EQ(placeholders(m.source), placeholders(form)) << m.source.toStdString();
        }
    }
    EXPECT_GT(plurals, 0);
}

// The committed catalogue is current: lupdate over today's sources finds nothing it lacks.
TEST(Translations, CatalogueCoversEverySourceString)
{
    QTemporaryDir dir;
    const QString fresh = dir.path() + QStringLiteral("/fresh_zh_CN.ts");
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DCE_TEST_SOURCE_DIR));
    lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("wizard"),
            QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QSet<QString> committed;
    for (const Message &m : readTs(ZhCatalogue)) {
        committed.insert(m.context + QLatin1Char('|') + m.source);
    }
    const std::vector<Message> current = readTs(fresh);
    ASSERT_GT(current.size(), 100u);
    for (const Message &m : current) {
        EXPECT_TRUE(committed.contains(m.context + QLatin1Char('|') + m.source))
            << "not in the catalogue (run the update_translations target): "
            << m.context.toStdString() << ": " << m.source.toStdString();
    }
}

TEST(Translations, CommandLineSpeaksChinese)
{
    Fixtures fixtures;
    const auto result = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--lang"),
        QStringLiteral("zh_CN"), fixtures.make(QStringLiteral("truncated")).path});
    EXPECT_EQ(result.exitCode, 3);
    static const QRegularExpression han(QStringLiteral("\\p{Han}{4,}"));
    EXPECT_TRUE(han.match(result.err).hasMatch()) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("(bundle.truncated)"))); // codes stay English
}

namespace {

// The words docs/glossary.md tells translators to avoid: the backquoted entries of the
// "Avoid" column (the third) of its terms table.
QStringList avoidedTerms()
{
    QFile file(QStringLiteral(DCE_TEST_SOURCE_DIR "/docs/glossary.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        ADD_FAILURE() << "cannot read docs/glossary.md";
        return {};
    }
    static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
    QStringList avoided;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('|'));
        // | English | 中文 | Avoid | Note |  splits into 6 cells, the first and last empty.
        if (cells.size() != 6 || cells[1].trimmed() == QLatin1String("English")) {
            continue;
        }
        auto it = quoted.globalMatch(cells[3]);
        while (it.hasNext()) {
            avoided.append(it.next().captured(1));
        }
    }
    return avoided;
}

} // namespace

// Issue 11: one word for one thing, the DCE docs' word (docs/glossary.md).
TEST(Translations, ChineseFollowsTheGlossary)
{
    const QStringList avoided = avoidedTerms();
    ASSERT_GT(avoided.size(), 10) << "the glossary's Avoid column was not found";
    ASSERT_TRUE(avoided.contains(QStringLiteral("Chart 仓库")));
    for (const Message &m : readTs(ZhCatalogue)) {
        for (const QString &translation : m.translations) {
            for (const QString &term : avoided) {
                EXPECT_FALSE(translation.contains(term))
                    << "\"" << term.toStdString() << "\" (see docs/glossary.md) in "
                    << m.context.toStdString() << ": " << translation.toStdString();
            }
        }
    }
}

// The wizard's help texts (wizard/help/*.zh_CN.html) follow the same glossary.
TEST(Translations, ChineseHelpFollowsTheGlossary)
{
    const QStringList avoided = avoidedTerms();
    const QDir help(QStringLiteral(DCE_TEST_SOURCE_DIR "/wizard/help"));
    const QStringList pages = help.entryList({QStringLiteral("*.zh_CN.html")}, QDir::Files);
    ASSERT_GE(pages.size(), 8);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (const QString &page : pages) {
        QFile file(help.filePath(page));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).remove(tag);
        for (const QString &term : avoided) {
            EXPECT_FALSE(text.contains(term))
                << "\"" << term.toStdString() << "\" in " << page.toStdString();
        }
    }
}

// No space inside a Chinese phrase: not between two Chinese characters, and not between a
// Chinese character and a placeholder that holds a Chinese name (the module's, as the
// translator comment says), which would print "微服务引擎 的升级计划".
TEST(Translations, ChineseHasNoStraySpaces)
{
    static const QRegularExpression spacedHan(QStringLiteral("\\p{Han}[ \\t]+\\p{Han}"));
    static const QRegularExpression nameComment(QStringLiteral("(%\\d): the module's name"));
    int namedMessages = 0;
    for (const Message &m : readTs(ZhCatalogue)) {
        const QRegularExpressionMatch name = nameComment.match(m.comment);
        if (name.hasMatch()) {
            ++namedMessages;
        }
        for (const QString &translation : m.translations) {
            EXPECT_FALSE(spacedHan.match(translation).hasMatch())
                << m.context.toStdString() << ": " << translation.toStdString();
            if (!name.hasMatch()) {
                continue;
            }
            const QString placeholder = QRegularExpression::escape(name.captured(1));
            const QRegularExpression spaced(
                QStringLiteral("\\p{Han}\\s+%1(?!\\d)|%1\\s+\\p{Han}").arg(placeholder));
            EXPECT_FALSE(spaced.match(translation).hasMatch())
                << "the module's name is Chinese: no space around "
                << name.captured(1).toStdString() << " in " << m.context.toStdString() << ": "
                << translation.toStdString();
        }
    }
    EXPECT_GT(namedMessages, 10) << "the translator comments naming the module were lost";
}
