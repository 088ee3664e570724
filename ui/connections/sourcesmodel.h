#pragma once

#include "model/sourcehealth.h"
#include "sources/sourceconfig.h"
#include "sources/sourcetypeinfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QList>

namespace Tidings::Ui {

// The Connections table: one row per connected source with its health. Follows changes incrementally
// (rows are inserted, removed and repainted by id, never reset), so the view keeps its selection.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesModel)

public:
    enum Column {
        Name,
        Platform,
        Enabled,
        LastEvent,
        EventsToday,
        LastProblem,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value: ms for times, int for counts, text otherwise
        SourceIdRole,                    // QString source id, on every column
    };
    Q_ENUM(Role)

    // How a source is doing, for its icon and the details.
    enum class HealthKind {
        Off,       // turned off
        Waiting,   // on, nothing received or refused yet
        Receiving, // the newest thing that happened was an accepted event
        Refusing,  // the newest thing that happened was a refused request
    };
    Q_ENUM(HealthKind)

    explicit SourcesModel(QObject *parent = nullptr);
    ~SourcesModel() override;

    // Platform names for the Platform column; types not listed show their type name.
    void setSourceTypes(const QList<SourceTypeInfo> &types);

    // Makes the rows match `sources` (same order): removes, inserts and repaints only what changed.
    void setSources(const QList<SourceConfig> &sources);
    // Repaints the health columns of one source when its health changed.
    void setHealth(const QString &sourceId, const SourceHealth &health);

    int rowOfSource(const QString &sourceId) const;
    const SourceConfig &source(int row) const;
    const SourceHealth &health(int row) const;
    QString platformName(const SourceConfig &source) const;
    // How the window names a way to connect: the platform, and for poll mode that Tidings checks it.
    static QString listName(const SourceTypeInfo &info);
    static HealthKind healthKind(const SourceConfig &source, const SourceHealth &health);

    // For the table, times of today show only the clock time.
    static QString timeText(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The Enabled checkbox does not change the row itself: it asks, and the row follows the engine.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void enabledChangeRequested(const QString &sourceId, bool enabled);

private:
    struct Row
    {
        SourceConfig source;
        SourceHealth health;
    };

    QIcon healthIcon(HealthKind kind) const;

    QList<Row> m_rows;
    QList<SourceTypeInfo> m_types;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace Tidings::Ui
