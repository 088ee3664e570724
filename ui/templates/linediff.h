#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings::Ui {

// A line-by-line comparison of two texts (longest common subsequence), for the History dialog's side-by-side
// view: which lines of the left text are gone and which lines of the right text are new.
struct LineDiff
{
    QList<int> removedLines; // 0-based line numbers of the left text that the right one does not have
    QList<int> addedLines;   // 0-based line numbers of the right text that the left one does not have

    bool isEmpty() const { return removedLines.isEmpty() && addedLines.isEmpty(); }
};

// Lines are compared exactly (spaces count). Quadratic in the number of lines, which is fine for templates
// (a few hundred lines); the common first and last lines are skipped before the table is built.
LineDiff diffLines(const QStringList &left, const QStringList &right);
LineDiff diffLines(const QString &left, const QString &right);

} // namespace Tidings::Ui
