/***************************************************************************
  acvclassification.h - class breaks for a coverage map
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCLASSIFICATION_H
#define ACVCLASSIFICATION_H

#include <QString>
#include <QStringList>
#include <QVector>

//! How the values of the mapped field are split into classes.
enum class AcvClassificationScheme
{
  Target,        //!< the target is always a break: equal classes below it, one from it upwards
  EqualInterval, //!< QGIS's "Equal Interval"
  Quantile,      //!< QGIS's "Equal Count (Quantile)"
  Jenks,         //!< QGIS's "Natural Breaks (Jenks)"
  StdDev,        //!< QGIS's "Standard Deviation"
  Pretty,        //!< QGIS's "Pretty Breaks"
  Manual,        //!< the analyst's own breaks
};

struct AcvClassificationOptions
{
  AcvClassificationScheme scheme = AcvClassificationScheme::Target;
  int classCount = 5;
  QVector<double> manualBreaks; //!< for Manual: increasing, at least two
  double targetPct = 60.0;
};

/**
 * Computes class breaks. Every scheme but Target and Manual is QGIS's own method from
 * QgsClassificationMethodRegistry, so a map made here and one classified in Layer Properties agree.
 */
class AcvClassification
{
public:
  static constexpr int kMinClasses = 2;
  static constexpr int kMaxClasses = 12;

  static bool parseScheme( const QString &name, AcvClassificationScheme &scheme );
  static QString schemeName( AcvClassificationScheme scheme );
  static QStringList schemeNames();
  //! The schemes an analyst picks from a list (the dialog, Processing), in the order they are offered.
  static QVector<AcvClassificationScheme> choosableSchemes();
  //! A scheme as the lists show it, in the UI's language ("Natural breaks (Jenks)").
  static QString schemeTitle( AcvClassificationScheme scheme );

  /**
   * Reads manual breaks: "0,20,40,60,100", or with Vietnamese decimal commas separated by
   * semicolons: "0;7,5;15". They must increase strictly.
   */
  static bool parseBreaks( const QString &text, QVector<double> &breaks, QString &error );

  /**
   * The target scheme's breaks: classCount - 1 equal classes from 0 to the target, then one class
   * from the target to 100 (or to \a maxValue when coverage exceeds 100 %).
   */
  static QVector<double> targetBreaks( double targetPct, int classCount, double maxValue );

  /**
   * Which class a value on a break belongs to. QGIS's methods put breaks at class maxima, so a
   * break belongs to the class below it (lower < v <= upper, the first class closed), as in QGIS's
   * graduated renderer. The target and manual schemes put the break where a class starts: a
   * locality exactly at a 60 % target has reached it (lower <= v < upper, the last class closed).
   */
  static bool upperBoundInclusive( AcvClassificationScheme scheme );

  //! The class of \a value among \a breaks (n + 1 values), or -1 outside them.
  static int classOf( const QVector<double> &breaks, double value, bool upperInclusive );

  /**
   * Breaks (n + 1 values for n classes) for \a values by \a options. Every value falls inside
   * [first, last]: manual breaks that leave values outside are widened, with a warning.
   * Returns false with \a error when there is nothing to classify or the options are unusable.
   */
  static bool breaks( const QVector<double> &values, const AcvClassificationOptions &options,
                      QVector<double> &breaks, QStringList &warnings, QString &error );
};

#endif // ACVCLASSIFICATION_H
