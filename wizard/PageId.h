#pragma once

namespace DceUpgrade::Wizard {

// The QWizard page ids, in the order the pages are shown (the step sidebar lists them so).
enum class PageId : int {
    Welcome = 0,
    Bundle = 1,
    Registry = 2,
    Sync = 3,
    Upgrade = 4,
    Review = 5,
    Run = 6,
    Finish = 7,
};

constexpr int PageCount = 8;

constexpr int pageIndex(PageId id)
{
    return static_cast<int>(id);
}

} // namespace DceUpgrade::Wizard
