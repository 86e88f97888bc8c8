#pragma once

#include "PageId.h"

#include "model/PlanProblem.h"

#include <QStringList>
#include <QWizardPage>

#include <vector>

class QEvent;
class QLabel;

namespace DceUpgrade::Wizard {

class WizardSession;

// The base of every page: the shared WizardSession, the language switch (LanguageChange ->
// retranslateUi(), which each page also calls once from its own constructor), and the small
// label helpers every page needs. A page keeps its own widgets and asynchronous checks; what
// the other pages need goes into the session.
class WizardPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPage)

public:
    WizardPage(WizardSession *session, PageId id, QWidget *parent = nullptr);
    ~WizardPage() override;

    PageId pageId() const { return m_id; }
    WizardSession *session() const { return m_session; }

    // A label that wraps, in plain text unless told otherwise.
    static QLabel *wrappedLabel(QWidget *parent, Qt::TextFormat format = Qt::PlainText);
    // Sets a field's label text (with its mnemonic) and ties the two together, so the mnemonic
    // focuses the field and a screen reader announces the label as the field's name.
    static void labelField(
        QLabel *label, QWidget *field, const QString &text, const QString &description = QString());
    // Text without the '&' of a mnemonic ("&Address:" -> "Address").
    static QString plainLabel(const QString &text);

    // Work that must not be abandoned by closing the window (the engine worker of the Run
    // page). While true, closing asks first and then calls requestStop(); the window closes
    // once the work has ended (workEnded()).
    virtual bool isWorking() const { return false; }
    virtual void requestStop() { }

signals:
    void workEnded();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;

    // The draft plan's problems whose key starts with one of `prefixes` ("registry.", "sync.").
    std::vector<PlanProblem> problems(const QStringList &prefixes) const;

private:
    WizardSession *m_session = nullptr;
    PageId m_id;
};

} // namespace DceUpgrade::Wizard
