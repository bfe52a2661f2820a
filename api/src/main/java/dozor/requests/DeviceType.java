package dozor.requests;

/** The kind of equipment a request is about. */
public enum DeviceType {
    VEHICLE_DVR, CCTV_NVR, CCTV_DVR, CAMERA, STORAGE, OTHER
}
