// The toolchain panel: where GOROOT is, which Go it holds and how Kiln found
// it, and the go env table for the open module. A missing toolchain or a
// failed go env is shown as a banner with go's error text, never a crash.
#pragma once

#include "controllers/toolchainload.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace kiln::gui
{

class GoEnvFilterModel;
class GoEnvModel;
class MessageBanner;
class ValueField;

class ToolchainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ToolchainPanel(QWidget *parent = nullptr);

    void showLoading();
    void showSnapshot(const ToolchainSnapshot &snapshot);

    GoEnvModel *envModel() const { return m_model; }
    GoEnvFilterModel *envProxy() const { return m_proxy; }

    // How the toolchain was found, translated (goenv::describe's wording).
    static QString describeSource(goenv::GorootSource source);

private:
    void showProblem(const ToolchainSnapshot &snapshot);

    MessageBanner *m_banner;
    ValueField *m_goroot;
    ValueField *m_version;
    ValueField *m_source;
    ValueField *m_goBinary;
    QLineEdit *m_filter;
    QCheckBox *m_changedOnly;
    QLabel *m_summary;
    GoEnvModel *m_model;
    GoEnvFilterModel *m_proxy;
    QTreeView *m_view;
};

} // namespace kiln::gui
