-- The home page lists cars whose annual inspection or insurance falls due soon: find them by date, not by scanning.
create index vehicle_inspection_due on vehicle (inspection_due);
create index vehicle_insurance_expiry on vehicle (insurance_expiry);
