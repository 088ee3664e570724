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

// Two samples: a new order with two items, and the same order shipped with a tracking link. A stand-in until
// core/templates/samplescenarios.h (another helper's) is on main.
QList<PreviewSample> previewSamples();

} // namespace Tidings::Ui
