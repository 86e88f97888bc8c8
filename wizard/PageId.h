#pragma once

namespace DceUpgrade::Wizard {

// The QWizard page ids, in the order the pages are shown. Later pages (registry, sync method,
// upgrade method, review, run, finish) are added here as they are written.
enum class PageId : int { Welcome = 0, Bundle = 1 };

constexpr int pageIndex(PageId id)
{
    return static_cast<int>(id);
}

} // namespace DceUpgrade::Wizard
