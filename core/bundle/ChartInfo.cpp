#include "ChartInfo.h"

namespace DceUpgrade {

namespace {

// `overlay` wins; maps are merged key by key, anything else is replaced.
YAML::Node mergeInto(const YAML::Node &base, const YAML::Node &overlay)
{
    if (!overlay || overlay.IsNull()) {
        return YAML::Clone(base);
    }
    if (!base || !base.IsMap() || !overlay.IsMap()) {
        return YAML::Clone(overlay);
    }
    YAML::Node result = YAML::Clone(base);
    for (const auto &entry : overlay) {
        const std::string key = entry.first.as<std::string>();
        result[key] = mergeInto(result[key], entry.second);
    }
    return result;
}

} // namespace

YAML::Node ChartInfo::mergedValues() const
{
    YAML::Node merged = YAML::Clone(values);
    for (const ChartInfo &subchart : subcharts) {
        const std::string key = subchart.name.toStdString();
        const YAML::Node fromParent = merged[key];
        merged[key] = mergeInto(subchart.mergedValues(), fromParent);
    }
    return merged;
}

} // namespace DceUpgrade
