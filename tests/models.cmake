# The item models of model/models/, against the real sample lists and hand-built reports.
ctl_add_test(tst_models tst_models.cpp)
