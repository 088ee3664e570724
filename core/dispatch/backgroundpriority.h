#pragma once

namespace Tidings {

// How far below normal the dispatch thread runs (a nice increment on Linux). Answering a webhook cannot wait:
// platforms give up after a few seconds and the acknowledgement is what keeps an order safe. Sending can: every
// message waits durably in the outbox. Under load the threads that receive and store webhooks get the CPU first;
// an idle CPU still runs the dispatcher at once, and it is never starved (a share of about a tenth of a core
// against each busy thread at normal priority).
inline constexpr int kBackgroundNiceIncrement = 10;

// Lowers the calling thread's CPU priority, and only that thread's. Returns false when the system refused.
bool runCallingThreadInBackground();

} // namespace Tidings
