/***************************************************************************
  acvprojectwriter.h - the styled layer and the report layout as a QGIS project
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPROJECTWRITER_H
#define ACVPROJECTWRITER_H

#include <QString>

class QgsProject;

class AcvOutputTransaction;

/**
 * Writes a project (.qgz or .qgs) that opens in QGIS as is: its layers keep their renderers,
 * layer paths are stored relative to the project (the folder can be moved as a whole), and its
 * layouts can be edited and printed. Written atomically.
 */
class AcvProjectWriter
{
public:
  static bool write( QgsProject *project, const QString &path, QString &error, AcvOutputTransaction *transaction = nullptr );
};

#endif // ACVPROJECTWRITER_H
