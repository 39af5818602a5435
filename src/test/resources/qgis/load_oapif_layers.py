"""Loads every collection of an OGC API - Features service as a QGIS OAPIF layer, headless.

Usage: python3 load_oapif_layers.py <landing page URL> <day>
Prints one JSON object a line per collection: its id, whether QGIS accepts the layer, the number of features QGIS
reads, each field's QGIS type, and for a layer with dateStart and dateEnd fields the ids of the features that QGIS's
temporal controller shows on the given day (ISO 8601) when the layer's time comes from those two fields.
"""
import json
import sys
import urllib.request

from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.core import (QgsApplication, QgsDataSourceUri, QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayer,
                       QgsVectorLayerTemporalContext, QgsVectorLayerTemporalProperties)


def temporal_ids(layer, day):
    properties = layer.temporalProperties()
    properties.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    properties.setStartField("dateStart")
    properties.setEndField("dateEnd")
    properties.setIsActive(True)
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    date = QDate.fromString(day, "yyyy-MM-dd")
    shown = QgsDateTimeRange(QDateTime(date, QTime(0, 0)), QDateTime(date.addDays(1), QTime(0, 0)), True, False)
    expression = properties.createFilterString(context, shown)
    request = QgsFeatureRequest().setFilterExpression(expression)
    return sorted(str(feature["id"]) for feature in layer.getFeatures(request))


def main():
    base, day = sys.argv[1], sys.argv[2]
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    with urllib.request.urlopen(base + "/collections?f=json") as answer:
        collections = json.load(answer)["collections"]
    for collection in collections:
        uri = QgsDataSourceUri()
        uri.setParam("url", base)
        uri.setParam("typename", collection["id"])
        layer = QgsVectorLayer(uri.uri(), collection["id"], "OAPIF")
        report = {"id": collection["id"], "valid": layer.isValid()}
        if layer.isValid():
            report["features"] = sum(1 for _ in layer.getFeatures())
            report["fields"] = {field.name(): field.typeName() for field in layer.fields()}
            if "dateStart" in report["fields"] and "dateEnd" in report["fields"]:
                report["shownOnDay"] = temporal_ids(layer, day)
        else:
            report["error"] = layer.error().summary()
        print(json.dumps(report), flush=True)
        del layer
    app.exitQgis()


if __name__ == "__main__":
    main()
