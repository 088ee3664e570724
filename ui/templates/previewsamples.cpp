#include "templates/previewsamples.h"

#include "templates/samplescenarios.h"

namespace Tidings::Ui {

QList<PreviewSample> previewSamples()
{
    QList<PreviewSample> samples;
    for (const SampleScenario &scenario : SampleScenarios::all()) {
        samples.append({scenario.id, scenario.label, scenario.event});
    }
    return samples;
}

} // namespace Tidings::Ui
