#include "templates/linediff.h"

#include <vector>

namespace Tidings::Ui {

LineDiff diffLines(const QStringList &left, const QStringList &right)
{
    // Skip what both start and end with: most edits touch a few lines of a long template.
    qsizetype head = 0;
    while (head < left.size() && head < right.size() && left.at(head) == right.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head &&
           left.at(left.size() - 1 - tail) == right.at(right.size() - 1 - tail)) {
        ++tail;
    }
    const qsizetype n = left.size() - head - tail;
    const qsizetype m = right.size() - head - tail;
    // lcs[i][j]: the longest common subsequence of left[head+i..] and right[head+j..] (within the middle).
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = left.at(head + i) == right.at(head + j) ? lcs[i + 1][j + 1] + 1
                                                                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    LineDiff diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (left.at(head + i) == right.at(head + j)) {
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            diff.removedLines.append(int(head + i++));
        } else {
            diff.addedLines.append(int(head + j++));
        }
    }
    for (; i < n; ++i) {
        diff.removedLines.append(int(head + i));
    }
    for (; j < m; ++j) {
        diff.addedLines.append(int(head + j));
    }
    return diff;
}

LineDiff diffLines(const QString &left, const QString &right)
{
    return diffLines(left.split(u'\n'), right.split(u'\n'));
}

} // namespace Tidings::Ui
