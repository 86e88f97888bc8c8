#include "FieldInput.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>

namespace DceUpgrade::Wizard::Test {

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void pressSpace(QWidget *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

bool chooseWithKeyboard(QComboBox *combo, const QVariant &data)
{
    const int wanted = combo->findData(data);
    if (wanted < 0) {
        return false;
    }
    combo->setFocus();
    for (int step = 0; step < combo->count() && combo->currentIndex() != wanted; ++step) {
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    }
    return combo->currentIndex() == wanted;
}

QStringList mnemonics(QWidget *root)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QStringList letters;
    const auto collect = [&letters](const QString &text) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (match.hasMatch()) {
            letters.append(match.captured(1).toUpper());
        }
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root)) {
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            collect(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            collect(button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            collect(group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                collect(tabs->tabText(i));
            }
        }
    }
    return letters;
}

} // namespace DceUpgrade::Wizard::Test
