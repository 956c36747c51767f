// Internal to kiln_layout: the attributes layoutGraph gives dot, shared with
// dotText() so an exported graph lays out exactly like Kiln's view.
#pragma once

#include "layout/layout.h"

#include <QByteArray>
#include <QList>
#include <utility>

namespace kiln::layout
{

// Kiln's pixels are 1/96 in; Graphviz sizes are inches and coordinates points.
inline constexpr double kPixelsPerInch = 96.0;
inline constexpr double kPixelsPerPoint = kPixelsPerInch / 72.0;

using Attribute = std::pair<QByteArray, QByteArray>;

// Graph attributes: direction, spacing (inches) and the tuning.
QList<Attribute> graphAttributes(const LayoutInput &input, const DotTuning &tuning);
// Node defaults: fixed-size boxes without labels.
QList<Attribute> nodeDefaults();
// A node's width and height in inches.
QByteArray nodeWidth(const LayoutNode &node);
QByteArray nodeHeight(const LayoutNode &node);

} // namespace kiln::layout
