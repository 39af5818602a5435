"""Opens every layer of a GeoPackage file in QGIS, headless, as a user adding it to a project would.

Usage: python3 open_geopackage.py <file.gpkg>
Prints one JSON object a line per layer: its name, whether QGIS accepts it, the number of features, each field's
QGIS type, whether QGIS finds a spatial index, and every warning or error QGIS logged while opening and reading it.
"""
import json
import os
import sys

from qgis.core import Qgis, QgsApplication, QgsFeatureSource, QgsVectorLayer


def main():
    path = sys.argv[1]
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    messages = []

    def heard(message, tag, level):
        if level >= Qgis.Warning:
            messages.append(tag + ": " + message)

    QgsApplication.messageLog().messageReceived.connect(heard)
    probe = QgsVectorLayer(path, "probe", "ogr")
    names = [sub.split("!!::!!")[1] for sub in probe.dataProvider().subLayers()]
    del probe
    for name in names:
        messages.clear()
        layer = QgsVectorLayer(path + "|layername=" + name, name, "ogr")
        report = {"name": name, "valid": layer.isValid()}
        if layer.isValid():
            report["features"] = sum(1 for _ in layer.getFeatures())
            report["fields"] = {field.name(): field.typeName() for field in layer.fields()}
            report["spatialIndex"] = layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresent
        else:
            report["error"] = layer.error().summary()
        app.processEvents()
        report["messages"] = list(messages)
        print(json.dumps(report), flush=True)
        del layer
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
