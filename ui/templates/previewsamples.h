#pragma once

#include "model/orderevent.h"

#include <QList>
#include <QString>

namespace Tidings::Ui {

// A made-up order to preview templates with, before (or instead of) a real one.
struct PreviewSample
{
    QString id;   // stable, for tests and the saved choice
    QString name; // translated, e.g. "New order (sample)"
    OrderEvent event;
};

// The sample scenarios (core/templates/samplescenarios.h), in their order: one item, many items, no tracking
// link, long names, Chinese, Arabic and Cyrillic names.
QList<PreviewSample> previewSamples();

} // namespace Tidings::Ui
